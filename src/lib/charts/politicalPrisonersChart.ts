import * as Plot from "@observablehq/plot";
import { accessibleSvg } from "./accessibleSvg.ts";

/** One point of the political-prisoner series, as the chart needs it. */
export interface PrisonerPoint {
  date: string;
  count: number;
  source_name: string;
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
}

export interface PrisonersChartOptions {
  width?: number;
  /** A DOM document to build in; pass a server-side one (linkedom) at build time. */
  document?: Document;
  text: PrisonersChartText;
}

/** Distance in pixels between a labelled point and its label. */
const LABEL_OFFSET = 16;

const defaults = {
  width: 640,
  /** Height as a share of width, kept within bounds so phone and desktop charts stay readable. */
  aspect: 0.55,
  minHeight: 240,
  maxHeight: 420,
  color: "#b3261e",
  fontSize: 13,
};

/**
 * Draws the number of people held as political prisoners over time: a line through every
 * sourced point, with the peak and the latest figure labelled as lower bounds ("at least N").
 * A pure function of its rows and width: no side effects on import, no layout measurement.
 *
 * @example
 * const svg = politicalPrisonersChart(rows, {width: 360, document, text});
 * svg.outerHTML // "<svg class=\"plot-chart\" role=\"img\" …>"
 */
export function politicalPrisonersChart(
  rows: readonly PrisonerPoint[],
  { width = defaults.width, document, text }: PrisonersChartOptions,
): SVGSVGElement {
  const points = [...rows]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((row) => ({ ...row, when: new Date(`${row.date}T00:00:00Z`) }));
  const highlighted = highlights(points);
  const height = Math.round(Math.min(defaults.maxHeight, Math.max(defaults.minHeight, width * defaults.aspect)));
  const svg = Plot.plot({
    ...(document ? { document } : {}),
    width,
    height,
    marginLeft: 48,
    marginRight: 16,
    marginTop: 36,
    x: { type: "utc", label: null, ticks: width < 480 ? 4 : 7 },
    y: { label: text.axis, grid: true, zero: true, nice: true, ticks: 5 },
    marks: [
      Plot.areaY(points, { x: "when", y: "count", fill: defaults.color, fillOpacity: 0.08, curve: "linear" }),
      Plot.lineY(points, { x: "when", y: "count", stroke: defaults.color, strokeWidth: 2 }),
      Plot.dot(points, {
        x: "when",
        y: "count",
        r: 2.5,
        fill: defaults.color,
        title: (d: PrisonerPoint) =>
          `${text.atLeast(d.count)} · ${text.date(d.date)} · ${text.source} ${d.source_name}`,
      }),
      Plot.ruleY([0]),
      Plot.dot(
        highlighted.map(({ point }) => point),
        { x: "when", y: "count", r: 4.5, stroke: defaults.color, fill: "white", strokeWidth: 2 },
      ),
      ...highlighted.map(({ point, above }) =>
        Plot.text([point], {
          x: "when",
          y: "count",
          text: (d: PrisonerPoint) => text.atLeast(d.count),
          dy: above ? -LABEL_OFFSET : LABEL_OFFSET,
          textAnchor: "end",
          fontWeight: 600,
          fill: "currentColor",
          stroke: "var(--plot-background, white)",
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
 * The peak and the latest point: the two figures the chart labels. The peak's label goes above
 * the line; the latest one's goes below, where the line has already passed.
 */
function highlights<P extends { count: number; date: string }>(points: readonly P[]): { point: P; above: boolean }[] {
  if (points.length === 0) return [];
  const peak = points.reduce((max, p) => (p.count > max.count ? p : max));
  const latest = points.at(-1)!;
  return peak === latest
    ? [{ point: latest, above: true }]
    : [
        { point: peak, above: true },
        { point: latest, above: false },
      ];
}
