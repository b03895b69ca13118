import type { AxisTicks } from "../i18n/format.ts";
import * as Plot from "@observablehq/plot";
import { accessibleSvg } from "./accessibleSvg.ts";
import { chartBackground, palette } from "./palette.ts";
import { PHONE_DRAWING } from "./chartType.ts";

/** One point of the political-prisoner series, as the chart needs it. */
export interface PrisonerPoint {
  date: string;
  count: number;
  women?: number | undefined;
  source_name: string;
}

/** One release event, marked on the time axis. */
export interface ReleaseMark {
  date: string;
  released: number;
  event: string;
}

/**
 * What a story step asks the chart to show. Every field is optional: an empty state is the whole
 * series with the peak and the latest count labelled.
 */
export interface PrisonersChartState {
  /** First and last day of the time axis, as `YYYY-MM-DD`. */
  from?: string | undefined;
  to?: string | undefined;
  /** Which points to label as "at least N". */
  highlight?: readonly ("first" | "peak" | "latest")[] | undefined;
  /** Mark each pardon or release from `releases.csv` on the axis. */
  releases?: boolean | undefined;
  /** Draw the number of women held, where Viasna published it. */
  women?: boolean | undefined;
}

/** Words the chart shows; they come from the locale's content file, never from this module. */
export interface PrisonersChartText {
  /** The y axis label, e.g. "Political prisoners held (at least)". */
  axis: string;
  /** The chart's accessible name. */
  label: string;
  /** Formats a lower-bound figure, e.g. (1140) => "at least 1,140". */
  atLeast: (count: number) => string;
  /** Formats a date for the point titles, e.g. "5 March 2026". */
  date: (isoDate: string) => string;
  /** Words before a point's source, e.g. "Source:". */
  source: string;
  /** Title of a release mark, e.g. (18, "First releases…") => "18 released: First releases…". */
  released?: (count: number, event: string) => string;
  /** Label of the women line, e.g. "women". */
  women?: string;
  /** Axis tick labels in the edition's language; Plot's (English) ones if undefined. */
  ticks?: AxisTicks | undefined;
}

export interface PrisonersChartOptions {
  width?: number;
  /** A DOM document to build in; pass a server-side one (linkedom) at build time. */
  document?: Document;
  text: PrisonersChartText;
  state?: PrisonersChartState;
  releases?: readonly ReleaseMark[];
}

/** The fewest pixels per drawn point, and per release mark: beyond that they are thinned (see `thin`). */
const PIXELS_PER_POINT = 4;
const PIXELS_PER_RELEASE = 6;

/** Distance in pixels between a labelled point and its label. */
const LABEL_OFFSET = 16;

const defaults = {
  width: 640,
  /** Height as a share of width, kept within bounds so phone and desktop charts stay readable. */
  aspect: 0.55,
  minHeight: 240,
  maxHeight: 420,
  fontSize: 13,
  highlight: ["peak", "latest"] as const,
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Draws the number of people held as political prisoners over time: a line through every
 * sourced point, with chosen points labelled as lower bounds ("at least N"), and optionally the
 * releases and the women held. The y axis always spans the whole series, so moving from step to
 * step changes what is shown, never the scale a reader compares against.
 * A pure function of its inputs: no side effects on import, no layout measurement.
 *
 * @example
 * const svg = politicalPrisonersChart(rows, {width: 360, document, text, state: {to: "2021-12-31"}});
 * svg.outerHTML // "<svg class=\"plot-chart\" role=\"img\" …>"
 */
export function politicalPrisonersChart(
  rows: readonly PrisonerPoint[],
  { width = defaults.width, document, text, state = {}, releases = [] }: PrisonersChartOptions,
): SVGSVGElement {
  const all = [...rows].sort((a, b) => a.date.localeCompare(b.date)).map((row) => ({ ...row, when: day(row.date) }));
  const from = state.from ?? all[0]?.date ?? "2020-01-01";
  const to = state.to ?? all.at(-1)?.date ?? from;
  const inView = <T extends { date: string }>(items: readonly T[]) =>
    items.filter((item) => item.date >= from && item.date <= to);
  const points = thin(inView(all), Math.floor(width / PIXELS_PER_POINT));
  const women = state.women ? points.filter((point) => point.women !== undefined) : [];
  const marks = state.releases
    ? thinByTime(
        inView(releases)
          .map((release) => ({ ...release, when: day(release.date) }))
          .sort((a, b) => a.when.getTime() - b.when.getTime()),
        Math.floor(width / PIXELS_PER_RELEASE),
      )
    : [];
  const labelled = highlights(points, state.highlight ?? defaults.highlight);
  const height = Math.round(Math.min(defaults.maxHeight, Math.max(defaults.minHeight, width * defaults.aspect)));
  // A loop rather than Math.max(...counts): spreading a very long series would overflow the stack.
  const top = all.reduce((max, point) => Math.max(max, point.count), 0);

  const svg = Plot.plot({
    ...(document ? { document } : {}),
    width,
    height,
    marginLeft: 48,
    marginRight: 16,
    marginTop: 36,
    // Room for two-line date ticks ("Oct" over "2020"): Plot's default of 30 lets the year hang
    // 5 px below the SVG, which an inline SVG shows but the figure's image file cuts off.
    marginBottom: 36,
    x: {
      type: "utc",
      label: null,
      domain: [day(from), day(to)],
      ticks: width < PHONE_DRAWING ? 4 : 7,
      ...(text.ticks ? { tickFormat: text.ticks.date } : {}),
    },
    y: {
      label: text.axis,
      grid: true,
      domain: [0, top],
      nice: true,
      ticks: 5,
      ...(text.ticks ? { tickFormat: text.ticks.number } : {}),
    },
    marks: [
      Plot.ruleX(marks, {
        x: "when",
        stroke: palette.release,
        strokeWidth: 1.5,
        strokeDasharray: "3,3",
        title: (d: ReleaseMark) => text.released?.(d.released, d.event) ?? d.event,
      }),
      Plot.areaY(points, { x: "when", y: "count", fill: palette.prisoners, fillOpacity: 0.08 }),
      Plot.lineY(points, { x: "when", y: "count", stroke: palette.prisoners, strokeWidth: 2 }),
      Plot.dot(points, {
        x: "when",
        y: "count",
        r: 2.5,
        fill: palette.prisoners,
        title: (d: PrisonerPoint) =>
          `${text.atLeast(d.count)} · ${text.date(d.date)} · ${text.source} ${d.source_name}`,
      }),
      Plot.lineY(women, { x: "when", y: "women", stroke: palette.women, strokeWidth: 2 }),
      Plot.dot(women, {
        x: "when",
        y: "women",
        r: 2.5,
        fill: palette.women,
        title: (d: PrisonerPoint) =>
          `${text.women ?? ""}: ${text.atLeast(d.women ?? 0)} · ${text.date(d.date)} · ${text.source} ${d.source_name}`,
      }),
      Plot.text(women.slice(-1), {
        x: "when",
        y: "women",
        text: () => text.women ?? "",
        dy: -LABEL_OFFSET,
        textAnchor: "end",
        fill: palette.women,
        fontWeight: 600,
      }),
      Plot.ruleY([0]),
      Plot.dot(
        labelled.map(({ point }) => point),
        { x: "when", y: "count", r: 4.5, stroke: palette.prisoners, fill: chartBackground, strokeWidth: 2 },
      ),
      ...labelled.map(({ point, above, anchor }) =>
        Plot.text([point], {
          x: "when",
          y: "count",
          text: (d: PrisonerPoint) => text.atLeast(d.count),
          dy: above ? -LABEL_OFFSET : LABEL_OFFSET,
          textAnchor: anchor,
          fontWeight: 600,
          fill: "currentColor",
          stroke: chartBackground,
          strokeWidth: 4,
          paintOrder: "stroke",
        }),
      ),
    ],
  }) as SVGSVGElement;
  // An attribute rather than Plot's style option: a strict CSP blocks inline style attributes.
  svg.setAttribute("font-size", String(defaults.fontSize));
  return accessibleSvg(svg, text.label);
}

/**
 * The points a state asks to label, among those in view: "latest" is the last point shown, so a
 * step that ends in 2021 labels its own last count. The first point's label reads to the right
 * of it; the peak's sits above the line; the latest one's below, where the line has passed.
 */
function highlights<P extends { count: number; date: string }>(
  points: readonly P[],
  wanted: readonly ("first" | "peak" | "latest")[],
): { point: P; above: boolean; anchor: "start" | "end" }[] {
  const first = points[0];
  const latest = points.at(-1);
  if (!first || !latest) return [];
  const peak = points.reduce((max, p) => (p.count > max.count ? p : max));
  const chosen = [
    wanted.includes("first") && { point: first, above: true, anchor: "start" as const },
    wanted.includes("peak") && { point: peak, above: true, anchor: "end" as const },
    wanted.includes("latest") && peak !== latest && { point: latest, above: false, anchor: "end" as const },
    wanted.includes("latest") && peak === latest && { point: latest, above: true, anchor: "end" as const },
  ];
  return chosen.filter((item) => item !== false);
}

/**
 * Keeps at most `limit` points so that the SVG stays small however long the series grows: the
 * first, the peak and the latest point, and otherwise the last point of each equal time slice
 * (see thinByTime). Every point kept is a real, sourced row; none is averaged or invented. With
 * the real data (well under the limit) nothing is dropped.
 */
function thin<P extends { count: number; date: string; when: Date }>(points: readonly P[], limit: number): P[] {
  if (points.length <= limit || points.length < 2) return [...points];
  const peak = points.reduce((max, p) => (p.count > max.count ? p : max));
  return thinByTime(points, limit, [points[0]!, peak, points.at(-1)!]);
}

/**
 * Keeps at most about `limit` items (plus those in `keep`), by cutting the time span into `limit`
 * equal slices and keeping the last item of each. Items stay in their order.
 */
function thinByTime<T extends { when: Date }>(items: readonly T[], limit: number, keep: readonly T[] = []): T[] {
  if (items.length <= limit || items.length < 2) return [...items];
  const start = items[0]!.when.getTime();
  const span = items.at(-1)!.when.getTime() - start || 1;
  const lastInSlice = new Map<number, T>();
  for (const item of items) {
    lastInSlice.set(Math.min(limit - 1, Math.floor(((item.when.getTime() - start) / span) * limit)), item);
  }
  const kept = new Set([...keep, ...lastInSlice.values()]);
  return items.filter((item) => kept.has(item));
}
