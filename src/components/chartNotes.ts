import type { ChartId } from "../lib/charts/chartStates.ts";
import AbroadNotes from "./AbroadNotes.astro";
import ExileNotes from "./ExileNotes.astro";
import PrisonersNotes from "./PrisonersNotes.astro";
import TimelineNotes from "./TimelineNotes.astro";

/**
 * The notes component of every chart, by chart id: what follows the chart's steps on the story
 * page (its notes, source line and data tables). This is the chart registry's Astro part; it is
 * kept apart from src/lib/charts/registry.ts because unit tests, scripts and the content schema
 * read that registry outside Astro, where an .astro file cannot be imported. The Record type makes
 * a chart without notes a type error. Every component takes ChartNotesProps.
 */
export const chartNotes = {
  "political-prisoners": PrisonersNotes,
  "exile-map": ExileNotes,
  timeline: TimelineNotes,
  "repression-abroad": AbroadNotes,
} satisfies Record<ChartId, unknown>;
