import { z } from "astro/zod";
import { decimal, iso3, isoNumeric, note, text, translation, webAddress } from "../cells.ts";
import { defineDataset } from "../dataset.ts";
import { checkCountryCodes } from "./countryCodes.ts";
import { requireTranslations } from "../translations.ts";

/** `data/exile-hubs.csv`: a city where exiles gathered, with approximate coordinates. */
export const exileHubs = defineDataset({
  name: "exile-hubs",
  schema: z
    .object({
      city: text(),
      // Its usual Belarusian and Russian names (Вільня, Вильнюс), which readers see in each edition.
      city_be: translation("Belarusian", "city"),
      city_ru: translation("Russian", "city"),
      country: text(),
      iso3: iso3(),
      iso_numeric: isoNumeric(),
      latitude: decimal(-90, 90, "54.687"),
      longitude: decimal(-180, 180, "25.280"),
      note: note(),
      // Readers see the note in the map's table of cities, so it has a version in each edition;
      // a translation is required only where the English note is written (see below).
      note_be: note(),
      note_ru: note(),
      source_url: webAddress(),
      source_name: text(),
    })
    .superRefine((row, ctx) => {
      checkCountryCodes(row, ctx);
      requireTranslations(row, ctx, "note");
    }),
  key: ["city"],
  dateColumns: [],
});
