import { z } from "astro/zod";
import { isoDate, note, oneOf, text, translation, webAddress } from "../cells.ts";
import { requireTranslations } from "../translations.ts";
import { defineDataset } from "../dataset.ts";

export const TIMELINE_CATEGORIES = [
  "election",
  "protest",
  "arrest",
  "sentence",
  "law",
  "exile",
  "release",
  "death",
  "media",
  "international",
] as const;

/** `data/timeline.csv`: a dated event, known to the day or only to the month. */
export const timeline = defineDataset({
  name: "timeline",
  schema: z
    .object({
      date: isoDate(),
      date_precision: oneOf(["day", "month"]),
      category: oneOf(TIMELINE_CATEGORIES),
      title: text(),
      title_be: translation("Belarusian", "title"),
      title_ru: translation("Russian", "title"),
      description: text(),
      description_be: translation("Belarusian", "description"),
      description_ru: translation("Russian", "description"),
      // Several people are separated by semicolons, as in the research files.
      people: z.string().transform((raw) =>
        raw
          .split(";")
          .map((name) => name.trim())
          .filter(Boolean),
      ),
      figure: note(),
      // A figure is optional, but where the English one is written each edition needs its own.
      figure_be: note(),
      figure_ru: note(),
      source_url: webAddress(),
      source_name: text(),
    })
    .superRefine((row, ctx) => {
      requireTranslations(row, ctx, "figure");
      // A month-precision event is stored on the first of its month so it sorts correctly.
      if (row.date_precision === "month" && !row.date.endsWith("-01")) {
        ctx.addIssue({
          code: "custom",
          path: ["date"],
          message: "a month-precision date must fall on the 1st",
          params: { expected: `${row.date.slice(0, 8)}01` },
        });
      }
    }),
  key: ["date", "title"],
  dateColumns: ["date"],
});
