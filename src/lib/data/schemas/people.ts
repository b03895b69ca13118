import { z } from "astro/zod";
import { note, text, webAddress } from "../cells.ts";
import { defineDataset } from "../dataset.ts";

/**
 * `data/people.csv`: the people the site may name, each with a public page showing that they are
 * a public figure or already reported by name. The validator refuses a name in the timeline's
 * `people` column (and, where it can tell, in free text) that is not on this list. The Belarusian
 * and Russian spellings serve the language editions; they may stay empty until they are checked.
 */
export const people = defineDataset({
  name: "people",
  schema: z.object({
    // A short lower-case handle for the person, e.g. ales_bialiatski; only its uniqueness is checked.
    key: text(),
    name_en: text(),
    name_be: note(),
    name_ru: note(),
    source_url: webAddress(),
    source_name: text(),
    note: note(),
  }),
  key: ["key"],
  dateColumns: [],
});
