import { z } from "astro/zod";
import { count, isoDate, note, text, translation, webAddress } from "../cells.ts";
import { defineDataset } from "../dataset.ts";

/** `data/releases.csv`: one pardon or release event since July 2024. */
export const releases = defineDataset({
  name: "releases",
  schema: z.object({
    date: isoDate(),
    released: count(),
    event: text(),
    event_be: translation("Belarusian", "event"),
    event_ru: translation("Russian", "event"),
    source_url: webAddress(),
    source_name: text(),
    note: note(),
  }),
  key: ["date", "event"],
  dateColumns: ["date"],
});
