import { z } from "astro/zod";

const iso3 = z.string().regex(/^[A-Z]{3}$/, "a three-letter ISO 3166-1 code such as POL");
const metric = z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)*$/, "a series name from exile-destinations.csv");

/**
 * The declarative state of the exile map for one step: which countries the view fits, which
 * series the circles compare, and whether a country's series or the published estimates are
 * drawn under the map. Unknown keys are refused, so a typo fails the build.
 */
export const exileMapStateSchema = z
  .object({
    focus: z.array(iso3).default([]),
    metric: metric.default("residence_permits_valid"),
    series: z.object({ country: iso3, metric }).strict().optional(),
    estimates: z.boolean().optional(),
  })
  .strict();

export type ExileMapChartState = z.output<typeof exileMapStateSchema>;
