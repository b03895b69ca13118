import type { StoryData } from "../data/storyData.ts";
import { axisTicks, fill } from "../i18n/format.ts";
import { eventsInView, type TimelineCategory } from "../timeline/events.ts";
import { label } from "./chartCopySchema.ts";
import { defineChart, type ChartContext } from "./chartDefinition.ts";
import { CONTEXT_SERIES, PROSECUTION_METRICS, timelineStateSchema, type TimelineState } from "./timelineState.ts";
import { timelineChart, type ContextSeries, type TimelineChartText } from "./timelineChart.ts";

// Re-exported so that callers that know the chart find its state beside it.
export { CONTEXT_SERIES, PROSECUTION_METRICS, timelineStateSchema, type TimelineState };

/** The words the timeline needs, from an edition's UI strings and chart copy. */
export function timelineText({
  locale,
  ui,
  copy,
  format,
}: Pick<ChartContext, "locale" | "ui" | "copy" | "format">): TimelineChartText {
  return {
    label: copy.title,
    category: (category: TimelineCategory) => label(copy, `category-${category}`),
    date: format.date,
    ticks: axisTicks(locale),
    atLeast: (value: number) => fill(ui.atLeast, { count: format.number(value) }),
    source: ui.source,
    more: (count: number) => fill(label(copy, "more"), { count: format.number(count) }),
  };
}

/** The context panels a state asks for, with the chart copy's words. */
export function contextSeries(data: StoryData, state: TimelineState, copy: ChartContext["copy"]): ContextSeries[] {
  const wanted = state.context ?? CONTEXT_SERIES;
  return wanted.map((name) =>
    name === "prisoners"
      ? {
          axis: label(copy, "prisonersAxis"),
          lines: [
            {
              label: label(copy, "prisonersLine"),
              points: data.politicalPrisoners.map((row) => ({
                date: row.date,
                value: row.count,
                source_name: row.source_name,
              })),
            },
          ],
        }
      : {
          axis: label(copy, "prosecutionsAxis"),
          lines: PROSECUTION_METRICS.map((metric) => ({
            label: label(copy, `metric-${metric}`),
            points: data.prosecutions
              .filter((row) => row.metric === metric)
              .map((row) => ({ date: row.date, value: row.value, source_name: row.source_name })),
          })),
        },
  );
}

/** The context rows a state draws, for its source line and its data. */
function contextRows(data: StoryData, state: TimelineState) {
  const wanted = state.context ?? CONTEXT_SERIES;
  const inPeriod = (date: string) => (!state.from || date >= state.from) && (!state.to || date <= state.to);
  return [
    ...(wanted.includes("prisoners")
      ? data.politicalPrisoners.map((row) => ({ ...row, series: "political_prisoners_held", value: row.count }))
      : []),
    ...(wanted.includes("prosecutions")
      ? data.prosecutions
          .filter((row) => (PROSECUTION_METRICS as readonly string[]).includes(row.metric))
          .map((row) => ({ ...row, series: row.metric }))
      : []),
  ].filter((row) => inPeriod(row.date));
}

/** The prosecution timeline: events by category over time, with counts as context behind them. */
export const timeline = defineChart({
  id: "timeline",
  datasets: ["timeline", "prosecutions", "political-prisoners"],
  state: timelineStateSchema,
  render: (data, { width, document, state, context }) =>
    timelineChart(data.timeline, {
      width,
      document,
      state,
      context: contextSeries(data, state, context.copy),
      text: timelineText(context),
    }),
  source: (data, state, { ui, copy, format }) => {
    const latest = contextRows(data, state).reduce<string | undefined>(
      (last, row) => (last === undefined || row.date > last ? row.date : last),
      undefined,
    );
    const events = label(copy, "sourceEvents");
    return latest
      ? `${ui.source} ${events} ${fill(ui.sourceLine, { organisation: copy.sourceOrganisation, date: format.date(latest) })}`
      : `${ui.source} ${events}`;
  },
  drawn: (data, state) =>
    [
      ...eventsInView(data.timeline, state).map((event) => ({
        date: event.date,
        date_precision: event.date_precision,
        series: `event:${event.category}`,
        title: event.title,
        figure: event.figure,
        people: event.people.join(";"),
        source_name: event.source_name,
        source_url: event.source_url,
      })),
      ...contextRows(data, state).map((row) => ({
        date: row.date,
        series: row.series,
        value: row.value,
        source_name: row.source_name,
        source_url: row.source_url,
      })),
    ].sort((a, b) => a.date.localeCompare(b.date)),
});
