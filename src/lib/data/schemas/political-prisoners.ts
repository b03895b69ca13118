import { z } from "astro/zod";
import { count, isoDate, note, optional, text, webAddress } from "../cells.ts";
import { defineDataset } from "../dataset.ts";

/** `data/political-prisoners.csv`: Viasna's count of people held as political prisoners on a date. */
export const politicalPrisoners = defineDataset({
  name: "political-prisoners",
  schema: z
    .object({
      date: isoDate(),
      count: count(),
      women: optional(count()),
      source_url: webAddress(),
      source_name: text(),
      note: note(),
    })
    .superRefine((row, ctx) => {
      if (row.women !== undefined && row.women > row.count) {
        ctx.addIssue({
          code: "custom",
          path: ["women"],
          message: "more women than people in the count",
          params: { expected: `at most the count on this row (${row.count})` },
        });
      }
    }),
  key: ["date"],
  dateColumns: ["date"],
});
