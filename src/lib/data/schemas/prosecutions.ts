import { z } from "astro/zod";
import { count, isoDate, note, slug, text, webAddress } from "../cells.ts";
import { defineDataset } from "../dataset.ts";

/** `data/prosecutions.csv`: one value of one named series (long format), e.g. people prosecuted. */
export const prosecutions = defineDataset({
  name: "prosecutions",
  schema: z.object({
    date: isoDate(),
    metric: slug(),
    value: count(),
    source_url: webAddress(),
    source_name: text(),
    note: note(),
  }),
  key: ["date", "metric"],
  dateColumns: ["date"],
});
