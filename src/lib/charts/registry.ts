import { cachedArtefact } from "../build/artefactCache.ts";
import { collectionName, type StoryData } from "../data/storyData.ts";
import type { ChartContext, ChartDefinition } from "./chartDefinition.ts";
import { exileMap } from "./exileMap.ts";
import { politicalPrisoners } from "./politicalPrisoners.ts";
import { renderToString } from "./renderToString.ts";
import { repressionAbroad } from "./repressionAbroad.ts";
import { timeline } from "./timeline.ts";

/**
 * Every chart of the story, by id. The story page, the embed pages, the chapter schema and the
 * snapshot tests all read this, so a chart added here gets all of them. Add one line per chart.
 */
export const charts = {
  "political-prisoners": politicalPrisoners,
  "exile-map": exileMap,
  timeline,
  "repression-abroad": repressionAbroad,
} as const satisfies Record<string, Pick<ChartDefinition, "id" | "datasets">>;

export type ChartId = keyof typeof charts;
export const chartIds = Object.keys(charts) as [ChartId, ...ChartId[]];

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
 * Renders one state of a chart at both widths, for inlining at build time. The state is parsed
 * by the chart's own schema, so its defaults apply and a bad state throws.
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
  const chart = chartById(id);
  const parsed = chart.state.parse(state ?? {});
  // Only the files the chart draws from are part of the key: a change elsewhere keeps its SVGs.
  const inputs = chart.datasets.map((name) => data[collectionName(name)]);
  const at = (width: number) =>
    cachedArtefact("chart-svg", [id, width, parsed, context, inputs], () =>
      renderToString((document) => chart.render(data, { width, document, state: parsed, context })),
    );
  return { narrow: at(CHART_WIDTHS.narrow), wide: at(CHART_WIDTHS.wide) };
}

/** The source line a chart prints under a figure of the given state. */
export function chartSource(id: string, data: StoryData, state: unknown, context: ChartContext): string {
  const chart = chartById(id);
  return chart.source(data, chart.state.parse(state ?? {}), context);
}
