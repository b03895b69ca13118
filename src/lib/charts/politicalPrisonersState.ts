import { z } from "astro/zod";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD");

/**
 * The declarative state of the political-prisoner chart for one step: which dates, which points
 * labelled, whether releases and women are shown. Unknown keys are refused, so a typo fails the
 * build.
 */
export const prisonersStateSchema = z
  .object({
    from: isoDay.optional(),
    to: isoDay.optional(),
    highlight: z.array(z.enum(["first", "peak", "latest"])).optional(),
    releases: z.boolean().optional(),
    women: z.boolean().optional(),
  })
  .strict();
