import { z } from "astro/zod";
import { TIMELINE_CATEGORIES } from "../data/schemas/timeline.ts";
import { EVENT_KEY } from "../timeline/events.ts";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD");

/** The context series a step may draw behind the events, each in its own panel. */
export const CONTEXT_SERIES = ["prisoners", "prosecutions"] as const;

/**
 * The prosecutions.csv series drawn in the "prosecutions" panel: people criminally prosecuted
 * and people convicted on political grounds since 2020, both Viasna's cumulative lower bounds of
 * people, so they share one axis, each line labelled with its own name.
 */
export const PROSECUTION_METRICS = [
  "persons_criminally_prosecuted_political_cumulative",
  "persons_convicted_political_cumulative",
] as const;

/**
 * The state of the timeline for one step: the period its axis is brushed to, the categories or
 * single events (`YYYY-MM-DD:category`) it highlights, and which context series it draws.
 */
export const timelineStateSchema = z
  .object({
    from: isoDay.optional(),
    to: isoDay.optional(),
    highlight: z
      .array(z.union([z.enum(TIMELINE_CATEGORIES), z.string().regex(EVENT_KEY, "a category or YYYY-MM-DD:category")]))
      .optional(),
    context: z.array(z.enum(CONTEXT_SERIES)).optional(),
  })
  .strict();

export type TimelineState = z.output<typeof timelineStateSchema>;
