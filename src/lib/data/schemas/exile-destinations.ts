import { z } from "astro/zod";
import { integer, iso3, isoNumeric, note, optional, period, slug, text, webAddress } from "../cells.ts";
import { defineDataset } from "../dataset.ts";
import { checkCountryCodes } from "./countryCodes.ts";

/** `data/exile-destinations.csv`: one figure for one destination country, metric and period. */
export const exileDestinations = defineDataset({
  name: "exile-destinations",
  schema: z
    .object({
      country: text(),
      // Aggregate rows (e.g. "European Union (aggregate)") have no country code and are not mapped.
      iso3: optional(iso3()),
      iso_numeric: optional(isoNumeric()),
      metric: slug(),
      period: period(),
      value: integer(),
      source_url: webAddress(),
      source_name: text(),
      note: note(),
    })
    .superRefine((row, ctx) => {
      checkCountryCodes(row, ctx);
      // Only a balance (net migration, entries minus exits) can be below zero; a count cannot.
      if (row.value < 0 && !row.metric.startsWith("net_")) {
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: "negative number (only net_… balances may be negative)",
          params: { expected: "a whole number, 0 or more, like 1206" },
        });
      }
    }),
  key: ["country", "metric", "period"],
  dateColumns: ["period"],
});
