import type { ChartContext } from "../charts/chartDefinition.ts";
import { CHART_WIDTHS, chartById, renderChart } from "../charts/registry.ts";
import { collectionName, type StoryData } from "../data/storyData.ts";
import { cachedArtefact } from "./artefactCache.ts";

/**
 * renderChartSvgs with the build's disk cache around it: a chart's SVGs are kept between builds,
 * keyed by the chart, the width, the parsed state, the words and only the data files the chart
 * draws from, so a change elsewhere keeps them. The cache wraps the pure builders from here, the
 * build's edge, so that a chart never reads or writes the disk itself.
 *
 * @example
 * const {narrow, wide} = cachedChartSvgs("political-prisoners", data, {to: "2021-12-31"}, context);
 */
export function cachedChartSvgs(
  id: string,
  data: StoryData,
  state: unknown,
  context: ChartContext,
): { narrow: string; wide: string } {
  const chart = chartById(id);
  const parsed = chart.state.parse(state ?? {});
  const inputs = chart.datasets.map((name) => data[collectionName(name)]);
  const at = (width: number) =>
    cachedArtefact("chart-svg", [id, width, parsed, context, inputs], () =>
      renderChart(id, data, parsed, context, width),
    );
  return { narrow: at(CHART_WIDTHS.narrow), wide: at(CHART_WIDTHS.wide) };
}
