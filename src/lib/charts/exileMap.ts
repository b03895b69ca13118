import type { StoryData } from "../data/storyData.ts";
import { fill } from "../i18n/format.ts";
import { defineChart, type ChartContext, type DrawnRow } from "./chartDefinition.ts";
import { mappable, periodTime, seriesRows } from "../data/exileFigures.ts";
import { mapProjection, sharedGeometry } from "./exileGeometry.ts";
import { formatPeriod, metricName } from "./exileMapWords.ts";
import { exileMapStateSchema, type ExileMapChartState } from "./exileMapState.ts";
import { exileMapChart, placeCountries, type ExileMapText } from "./exileMapChart.ts";

// Re-exported so that callers that know the chart find its state beside it.
export { exileMapStateSchema, formatPeriod, metricName, type ExileMapChartState };

/** The words the map needs, from an edition's UI strings and chart copy. */
export function exileMapText({ ui, copy, format }: Pick<ChartContext, "ui" | "copy" | "format">): ExileMapText {
  const label = (key: string) => copy.labels[key] ?? key;
  return {
    label: copy.title,
    belarus: label("belarus"),
    metric: (name) => metricName(copy.labels, name),
    number: format.number,
    period: (period) => formatPeriod(format, period),
    source: ui.source,
    circles: (name, from, to) => fill(label("circles"), { metric: name, from, to }),
    otherOnly: label("otherOnly"),
    otherOnlyUnnamed: label("otherOnlyUnnamed"),
    noFigure: (country, name) => fill(label("noFigure"), { country, metric: name }),
    offMap: (countries) => fill(label("offMap"), { countries }),
    hub: label("hub"),
    estimatesTitle: label("estimatesTitle"),
    estimatesUnnamed: label("estimatesUnnamed"),
    atLeast: (value) => fill(ui.atLeast, { count: value }),
    upTo: (value) => fill(label("upTo"), { count: value }),
  };
}

let projection: ReturnType<typeof mapProjection> | undefined;
const project = (longitude: number, latitude: number): [number, number] | null => {
  const point = (projection ??= mapProjection())([longitude, latitude]);
  return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : null;
};

/** The exile map: where Belarusians went, a view per story step. */
export const exileMap = defineChart({
  id: "exile-map",
  datasets: ["exile-destinations", "exile-hubs", "emigration-estimates"],
  state: exileMapStateSchema,
  render: (data, { width, document, state, context }) =>
    exileMapChart(
      {
        destinations: data.exileDestinations,
        hubs: data.exileHubs,
        estimates: data.emigrationEstimates,
        geometry: sharedGeometry(),
        project,
      },
      { width, document, state, text: exileMapText(context) },
    ),
  source: (data, state, { ui, copy, format }) => {
    const latest = drawnRows(data, state)
      .map((row) => String(row.period ?? row.date ?? ""))
      .filter(Boolean)
      .sort((a, b) => periodTime(a) - periodTime(b))
      .at(-1);
    return latest
      ? `${ui.source} ${fill(ui.sourceLine, { organisation: copy.sourceOrganisation, date: formatPeriod(format, latest) })}`
      : "";
  },
  drawn: (data, state) => drawnRows(data, state),
});

/** Every figure a state draws, each with its source: the countries, the series and the estimates. */
function drawnRows(data: StoryData, state: ExileMapChartState): DrawnRow[] {
  const { placed, offMap } = placeCountries(data.exileDestinations, sharedGeometry(), state.metric);
  const offCodes = new Set(offMap.map((c) => c.iso3));
  const latest = mappable(data.exileDestinations);
  const countries = [
    ...placed.flatMap((p) => (p.figure ? [p.figure] : p.other ? [p.other] : [])),
    // Countries outside the frame are named in the legend with their latest figure.
    ...latest.filter((row) => offCodes.has(row.iso3) && row.metric === state.metric),
  ];
  const series = state.series ? seriesRows(latest, state.series.country, state.series.metric) : [];
  const rows: DrawnRow[] = [...countries, ...series].map((row) => ({
    country: row.country,
    iso3: row.iso3,
    metric: row.metric,
    period: row.period,
    value: row.value,
    source_name: row.source_name,
    source_url: row.source_url,
  }));
  const estimates = state.estimates
    ? data.emigrationEstimates.map((row) => ({
        date: row.date,
        estimate_low: row.estimate_low,
        estimate_high: row.estimate_high,
        scope: row.scope,
        source_name: row.source_name,
        source_url: row.source_url,
      }))
    : [];
  // One row per figure: a series point that is also the latest figure is listed once.
  const seen = new Set<string>();
  return [...rows, ...estimates].filter((row) => {
    const key = JSON.stringify(row);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
