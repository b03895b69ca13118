import { z } from "astro/zod";
import { count, isoDateOrMonth, note, optional, text, translation, webAddress } from "../cells.ts";
import { defineDataset } from "../dataset.ts";

/** `data/emigration-estimates.csv`: a published estimate of how many left Belarus since 2020. */
export const emigrationEstimates = defineDataset({
  name: "emigration-estimates",
  schema: z
    .object({
      date: isoDateOrMonth(),
      estimate_low: optional(count()),
      estimate_high: optional(count()),
      scope: text(),
      scope_be: translation("Belarusian", "scope"),
      scope_ru: translation("Russian", "scope"),
      source_url: webAddress(),
      source_name: text(),
      note: note(),
    })
    .superRefine((row, ctx) => {
      if (row.estimate_low === undefined && row.estimate_high === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["estimate_low"],
          message: "empty cell (estimate_low and estimate_high are both empty)",
          params: { expected: "at least one of estimate_low and estimate_high" },
        });
      } else if (row.estimate_low !== undefined && row.estimate_high !== undefined && row.estimate_low > row.estimate_high) {
        ctx.addIssue({
          code: "custom",
          path: ["estimate_low"],
          message: "low estimate above the high estimate",
          params: { expected: `at most estimate_high (${row.estimate_high})` },
        });
      }
    }),
  key: ["date", "source_url"],
  dateColumns: ["date"],
});
