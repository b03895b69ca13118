import { z } from "astro/zod";
import { note, personName, spellingSource, text, webAddress } from "../cells.ts";
import { defineDataset } from "../dataset.ts";

/**
 * `data/people.csv`: the people the site may name, each with a public page showing that they are
 * a public figure or already reported by name. The validator refuses a name in the timeline's
 * `people` column (and, where it can tell, in free text) that is not on this list. The Belarusian
 * and Russian spellings are what those editions show wherever the English one names the person
 * (translations.ts), so each is required, with the page it was read on or the word `unverified`.
 */
export const people = defineDataset({
  name: "people",
  schema: z.object({
    // A short lower-case handle for the person, e.g. ales_bialiatski; only its uniqueness is checked.
    key: text(),
    name_en: text(),
    name_be: personName("Belarusian"),
    name_ru: personName("Russian"),
    name_be_source: spellingSource(),
    name_ru_source: spellingSource(),
    source_url: webAddress(),
    source_name: text(),
    note: note(),
  }),
  key: ["key"],
  dateColumns: [],
});
