import type { StoryData } from "../data/storyData.ts";
import { fill } from "../i18n/format.ts";
import { eventKey } from "../timeline/events.ts";
import { label } from "./chartCopySchema.ts";
import { defineChart, type ChartContext } from "./chartDefinition.ts";
import { ABROAD_THEME_IDS, ABROAD_THEMES, abroadStateSchema, type AbroadState } from "./repressionAbroadState.ts";
import { repressionAbroadChart, type AbroadTheme } from "./repressionAbroadChart.ts";

// Re-exported so that callers that know the chart find its themes and state beside it.
export { ABROAD_THEME_IDS, ABROAD_THEMES, abroadStateSchema, type AbroadState };

/** Each theme's sourced rows: its events in date order and the latest value of each of its series. */
export function abroadRows(data: StoryData) {
  return ABROAD_THEMES.map((theme) => ({
    id: theme.id,
    events: data.timeline
      .filter((event) => (theme.events as readonly string[]).includes(eventKey(event)))
      .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title)),
    metrics: theme.metrics.flatMap((metric) => {
      const latest = data.prosecutions
        .filter((row) => row.metric === metric)
        .sort((a, b) => a.date.localeCompare(b.date))
        .at(-1);
      return latest ? [latest] : [];
    }),
  }));
}

function themes(data: StoryData, { copy, format }: Pick<ChartContext, "copy" | "format">): AbroadTheme[] {
  return abroadRows(data).map((theme) => ({
    id: theme.id,
    label: label(copy, `theme-${theme.id}`),
    events: theme.events,
    figures: theme.metrics.map((row) => ({
      text: fill(label(copy, `metric-${row.metric}`), { count: format.number(row.value), date: format.date(row.date) }),
      source_name: row.source_name,
    })),
  }));
}

/** Repression beyond the border: trials in absentia, cases over protests abroad, relatives, extraditions, documents. */
export const repressionAbroad = defineChart({
  id: "repression-abroad",
  datasets: ["timeline", "prosecutions"],
  state: abroadStateSchema,
  render: (data, { width, document, state, context }) => {
    const all = themes(data, context);
    const dates = all.flatMap((theme) => theme.events.map((event) => event.date)).sort();
    return repressionAbroadChart({
      width,
      document,
      themes: all,
      focus: state.focus ?? [],
      period: {
        from: `${(dates[0] ?? "2020-01-01").slice(0, 4)}-01-01`,
        to: `${Number((dates.at(-1) ?? "2026").slice(0, 4)) + 1}-01-01`,
      },
      text: { label: context.copy.title, date: context.format.date, source: context.ui.source },
    });
  },
  source: (data, _state, { ui, copy, format }) => {
    // The newest row the chart draws dates it, as the other charts' source lines do.
    const latest = abroadRows(data)
      .flatMap((theme) => [...theme.metrics, ...theme.events].map((row) => row.date))
      .reduce((last, date) => (date > last ? date : last), "");
    const line = label(copy, "sourceLine");
    return `${ui.source} ${fill(line, { date: latest ? format.date(latest) : "" })}`;
  },
  drawn: (data) =>
    abroadRows(data).flatMap((theme) => [
      ...theme.metrics.map((row) => ({
        theme: theme.id,
        date: row.date,
        series: row.metric,
        value: row.value,
        source_name: row.source_name,
        source_url: row.source_url,
      })),
      ...theme.events.map((event) => ({
        theme: theme.id,
        date: event.date,
        series: `event:${event.category}`,
        title: event.title,
        figure: event.figure,
        source_name: event.source_name,
        source_url: event.source_url,
      })),
    ]),
});
