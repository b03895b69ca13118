import { z } from "astro/zod";
import type { StoryData } from "../data/storyData.ts";
import { fill } from "../i18n/format.ts";
import { eventKey } from "../timeline/events.ts";
import { defineChart, type ChartContext } from "./chartDefinition.ts";
import { repressionAbroadChart, type AbroadTheme } from "./repressionAbroadChart.ts";
import { label } from "./timeline.ts";

/**
 * The themes of repression beyond the border, in reading order, and the rows that document each:
 * timeline events by key (`YYYY-MM-DD:category`) and prosecutions.csv series by name (the latest
 * value is shown). This grouping is an editorial choice, kept here beside the chart rather than in
 * the data; a key with no row in the data is simply not drawn, and a unit test checks that every
 * key names a real row.
 */
export const ABROAD_THEMES = [
  {
    id: "in-absentia",
    metrics: ["persons_convicted_in_absentia_cumulative", "persons_subjected_to_in_absentia_proceedings_annual"],
    events: ["2022-07-21:law", "2023-01-01:exile", "2023-03-06:exile", "2026-01-22:exile"],
  },
  {
    id: "protests-abroad",
    metrics: [],
    events: ["2024-03-20:exile", "2024-05-16:exile", "2024-10-08:exile", "2025-01-27:exile", "2025-08-05:exile"],
  },
  {
    id: "relatives",
    metrics: [],
    events: ["2023-01-17:sentence", "2024-01-23:arrest", "2024-02-29:arrest"],
  },
  {
    id: "extraditions",
    metrics: [],
    events: ["2020-10-01:exile", "2021-07-01:exile", "2022-06-01:exile"],
  },
  {
    id: "documents",
    metrics: [],
    events: ["2023-01-05:law", "2023-02-06:exile", "2023-09-04:exile", "2024-10-17:exile"],
  },
] as const satisfies readonly { id: string; metrics: readonly string[]; events: readonly string[] }[];

export const ABROAD_THEME_IDS = ABROAD_THEMES.map((theme) => theme.id) as [
  (typeof ABROAD_THEMES)[number]["id"],
  ...(typeof ABROAD_THEMES)[number]["id"][],
];

/** What a step asks of the chart: which themes it lists in full (none: the compact overview). */
export const abroadStateSchema = z.object({ focus: z.array(z.enum(ABROAD_THEME_IDS)).optional() }).strict();
export type AbroadState = z.output<typeof abroadStateSchema>;

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
