import type { StoryData } from "../data/storyData.ts";
import type { ChartContext, ChartDefinition } from "./chartDefinition.ts";
import { chartIds, type ChartId } from "./chartStates.ts";
import { exileMap } from "./exileMap.ts";
import { politicalPrisoners } from "./politicalPrisoners.ts";
import { renderToString } from "./renderToString.ts";
import { repressionAbroad } from "./repressionAbroad.ts";
import { timeline } from "./timeline.ts";

export { chartIds, type ChartId };

/**
 * Every chart of the story, by id: its state schema, builder, source line and drawn rows (the
 * embeds' table and CSV). The story page, the embed pages and the snapshot tests all read this,
 * so a chart added here gets all of them.
 *
 * Three lighter maps are keyed by the same ids, and TypeScript refuses any of them that misses a
 * chart: chartStates.ts (the state schemas alone, for the content schema, which must not load
 * renderers), clients.ts (the browser code, which must not pull the renderers or zod into the
 * page's scripts) and src/components/chartNotes.ts (the notes component, an Astro file that unit
 * tests and scripts cannot import). They are apart because of what each may load, not by choice.
 */
export const charts = {
  "political-prisoners": politicalPrisoners,
  "exile-map": exileMap,
  timeline,
  "repression-abroad": repressionAbroad,
} as const satisfies Record<ChartId, Pick<ChartDefinition, "id" | "datasets">>;

/** Phone and desktop widths of the build-time SVGs, in CSS pixels; CSS shows the one that fits. */
export const CHART_WIDTHS = { narrow: 360, wide: 600 } as const;

/**
 * A chart's definition by id, widened so that callers holding a state from content (already
 * checked by the chapter schema) can pass it on. Throws for an unknown id.
 */
export function chartById(id: string): ChartDefinition<unknown> {
  // Each definition's render and source take exactly its own state type, which the parse in
  // renderChartSvgs and chartSource produces; the registry as a whole can only say "unknown".
  const chart = (charts as unknown as Record<string, ChartDefinition<unknown> | undefined>)[id];
  if (!chart) throw new Error(`Unknown chart "${id}"; known charts: ${chartIds.join(", ")}`);
  return chart;
}

/**
 * Renders one state of a chart at one width, as markup. The state is parsed by the chart's own
 * schema, so its defaults apply and a bad state throws. Pure: nothing is read or written on disk
 * (the build caches this from outside, src/lib/build/cachedChartSvgs.ts).
 */
export function renderChart(id: string, data: StoryData, state: unknown, context: ChartContext, width: number): string {
  const chart = chartById(id);
  const parsed = chart.state.parse(state ?? {});
  return renderToString((document) => chart.render(data, { width, document, state: parsed, context }));
}

/**
 * Renders one state of a chart at both widths, for inlining.
 *
 * @example
 * const {narrow, wide} = renderChartSvgs("political-prisoners", data, {to: "2021-12-31"}, context);
 */
export function renderChartSvgs(
  id: string,
  data: StoryData,
  state: unknown,
  context: ChartContext,
): { narrow: string; wide: string } {
  return {
    narrow: renderChart(id, data, state, context, CHART_WIDTHS.narrow),
    wide: renderChart(id, data, state, context, CHART_WIDTHS.wide),
  };
}

/** The source line a chart prints under a figure of the given state. */
export function chartSource(id: string, data: StoryData, state: unknown, context: ChartContext): string {
  const chart = chartById(id);
  return chart.source(data, chart.state.parse(state ?? {}), context);
}
