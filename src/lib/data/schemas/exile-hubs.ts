import { z } from "astro/zod";
import { decimal, iso3, isoNumeric, note, text, webAddress } from "../cells.ts";
import { defineDataset } from "../dataset.ts";
import { checkCountryCodes } from "./countryCodes.ts";

/** `data/exile-hubs.csv`: a city where exiles gathered, with approximate coordinates. */
export const exileHubs = defineDataset({
  name: "exile-hubs",
  schema: z
    .object({
      city: text(),
      country: text(),
      iso3: iso3(),
      iso_numeric: isoNumeric(),
      latitude: decimal(-90, 90, "54.687"),
      longitude: decimal(-180, 180, "25.280"),
      note: note(),
      source_url: webAddress(),
      source_name: text(),
    })
    .superRefine(checkCountryCodes),
  key: ["city"],
  dateColumns: [],
});
