import * as Plot from "@observablehq/plot";
import { TIMELINE_CATEGORIES } from "../data/schemas/timeline.ts";
import { eventSpan, type TimelineCategory, type TimelineEvent } from "../timeline/events.ts";
import { palette } from "./palette.ts";
import { clamp, eventTitle, midpoint } from "./timelineEvents.ts";
import { day, layout } from "./timelineLayout.ts";
import { thinPoints } from "./timelineThinning.ts";
import type { ContextPoint, ContextSeries, Numbered, TimelineChartText } from "./timelineTypes.ts";
import { PHONE_DRAWING } from "./chartType.ts";

/**
 * The three kinds of Plot panel the timeline stacks, top to bottom: a panel per context series,
 * the numbered markers, and the events in lanes by category. Each is its own Plot chart sharing
 * the time axis; timelineChart stitches them into one SVG.
 */

/** What every panel of one timeline shares: Plot's width and margins, the time axis and the words. */
export interface PanelFrame {
  shared: { document?: Document; width: number; marginLeft: number; marginRight: number };
  domain: [Date, Date];
  from: string;
  to: string;
  width: number;
  text: TimelineChartText;
}

/** A context series in its own panel with its own y axis, or nothing if none of it is in view. */
export function contextPanel(
  series: ContextSeries,
  { shared, domain, from, to, width, text }: PanelFrame,
): SVGSVGElement | undefined {
  const lines = series.lines.map((line) => ({
    ...line,
    points: [...line.points].sort((a, b) => a.date.localeCompare(b.date)),
  }));
  const visible = lines.map((line) =>
    thinPoints(
      line.points.filter((p) => p.date >= from && p.date <= to),
      Math.floor((width - shared.marginLeft - shared.marginRight) / layout.contextPixels),
    ),
  );
  if (visible.every((points) => points.length === 0)) return undefined;
  // The y axis spans the whole series, so steps change the period, never the scale.
  const top = lines.reduce((max, line) => line.points.reduce((m, p) => Math.max(m, p.value), max), 0);
  return Plot.plot({
    ...shared,
    height: layout.contextHeight(width),
    marginTop: layout.keyLine(width) + 4,
    marginBottom: 6,
    x: { type: "utc", domain, axis: null },
    y: {
      domain: [0, top],
      nice: true,
      ticks: 2,
      grid: true,
      label: series.axis,
      labelAnchor: "top",
      ...(text.ticks ? { tickFormat: text.ticks.number } : {}),
    },
    marks: visible.flatMap((points, index) => [
      Plot.lineY(points, {
        x: (p: ContextPoint) => day(p.date),
        y: "value",
        stroke: "currentColor",
        strokeOpacity: index === 0 ? 0.7 : 0.45,
        strokeDasharray: index === 0 ? undefined : "4,3",
        strokeWidth: 1.5,
        className: "timeline-context",
      }),
      Plot.dot(points.length <= layout.contextDots ? points : [], {
        x: (p: ContextPoint) => day(p.date),
        y: "value",
        r: 2,
        fill: "currentColor",
        fillOpacity: 0.7,
        className: "timeline-context",
        title: (p: ContextPoint) =>
          `${lines[index]!.label}: ${text.atLeast(p.value)} · ${text.date(p.date)} · ${text.source} ${p.source_name}`,
      }),
      Plot.text(points.slice(-1), {
        x: (p: ContextPoint) => day(p.date),
        y: "value",
        text: () => lines[index]!.label,
        textAnchor: "end",
        dy: index === 0 ? -8 : layout.type(width),
        fill: "currentColor",
        stroke: "var(--plot-background, white)",
        strokeWidth: 3,
        paintOrder: "stroke",
      }),
    ]),
  }) as SVGSVGElement;
}

/** The numbered markers of the highlighted events, stacked so none overlap; nothing if none. */
export function markerPanel(
  numbered: readonly Numbered[],
  { shared, domain, text }: PanelFrame,
): SVGSVGElement | undefined {
  const levels = Math.max(0, ...numbered.map((item) => item.level + 1));
  const step = layout.markerRadius * 2 + 2;
  // The lowest row of numbers sits this far above the events panel.
  const base = layout.markerRadius + 2;
  if (levels === 0) return undefined;
  return Plot.plot({
    ...shared,
    height: levels * step + 4,
    marginTop: 0,
    marginBottom: 0,
    x: { type: "utc", domain, axis: null },
    y: {
      domain: [0, Math.max(1, levels - 1)],
      range: [levels * step + 4 - base, levels * step + 4 - base - Math.max(1, levels - 1) * step],
      axis: null,
    },
    marks: [
      Plot.ruleX(numbered, {
        x: (d: Numbered) => day(midpoint(d.event)),
        y1: (d: Numbered) => d.level,
        y2: -base / step,
        stroke: palette.prisoners,
        strokeOpacity: 0.6,
        className: "timeline-leader",
      }),
      Plot.dot(numbered, {
        x: (d: Numbered) => day(midpoint(d.event)),
        y: "level",
        r: layout.markerRadius,
        fill: palette.prisoners,
        className: "timeline-marker",
        title: (d: Numbered) => eventTitle(d.event, text),
      }),
      Plot.text(numbered, {
        x: (d: Numbered) => day(midpoint(d.event)),
        y: "level",
        text: (d: Numbered) => String(d.number),
        fill: "white",
        fontWeight: 700,
        className: "timeline-marker-number",
      }),
    ],
  }) as SVGSVGElement;
}

/** The events in lanes by category: the background ones faint, the highlighted ones strong. */
export function eventsPanel(
  {
    background,
    strong,
    keyed,
    lanes = TIMELINE_CATEGORIES,
  }: {
    background: { events: TimelineEvent[]; titled: boolean };
    strong: { events: TimelineEvent[]; titled: boolean };
    keyed: ReadonlySet<TimelineEvent>;
    /** The categories that get a lane, in order: all of them unless the chart chose fewer. */
    lanes?: readonly TimelineCategory[];
  },
  { shared, domain, from, to, width, text }: PanelFrame,
): SVGSVGElement {
  const categories = [...lanes];
  const dayEvents = (list: readonly TimelineEvent[]) => list.filter((event) => event.date_precision === "day");
  const monthEvents = (list: readonly TimelineEvent[]) => list.filter((event) => event.date_precision === "month");
  const monthBar = (
    { events: list, titled }: { events: readonly TimelineEvent[]; titled: boolean },
    className: string,
    strong: boolean,
  ) =>
    Plot.barX(monthEvents(list), {
      x1: (e: TimelineEvent) => day(clamp(eventSpan(e).start, from, to)),
      x2: (e: TimelineEvent) => day(clamp(eventSpan(e).end, from, to)),
      y: "category",
      insetTop: strong ? 3 : 5,
      insetBottom: strong ? 3 : 5,
      fill: strong ? palette.prisoners : "currentColor",
      fillOpacity: strong ? 1 : 0.45,
      className,
      ...(titled ? { title: (e: TimelineEvent) => eventTitle(e, text) } : {}),
    });
  return Plot.plot({
    ...shared,
    height: categories.length * layout.laneHeight(width) + 4 + layout.axisHeight(width),
    marginTop: 4,
    marginBottom: layout.axisHeight(width),
    x: {
      type: "utc",
      domain,
      ticks: width < PHONE_DRAWING ? 4 : 7,
      label: null,
      ...(text.ticks ? { tickFormat: text.ticks.date } : {}),
    },
    y: { domain: categories, tickFormat: (c: TimelineCategory) => text.category(c), label: null, tickSize: 0 },
    marks: [
      Plot.ruleY(categories, { y: (c: string) => c, stroke: "currentColor", strokeOpacity: 0.12 }),
      monthBar(background, "timeline-event", false),
      Plot.dot(dayEvents(background.events), {
        x: (e: TimelineEvent) => day(e.date),
        y: "category",
        r: 2.5,
        fill: "currentColor",
        fillOpacity: 0.45,
        className: "timeline-event",
        ...(background.titled ? { title: (e: TimelineEvent) => eventTitle(e, text) } : {}),
      }),
      monthBar(strong, "timeline-event is-highlighted", true),
      Plot.dot(dayEvents(strong.events), {
        x: (e: TimelineEvent) => day(e.date),
        y: "category",
        r: 4,
        fill: palette.prisoners,
        stroke: "var(--plot-background, white)",
        className: "timeline-event is-highlighted",
        // Numbered events always keep their titles; the key names them too.
        title: (e: TimelineEvent) => (strong.titled || keyed.has(e) ? eventTitle(e, text) : ""),
      }),
    ],
  }) as SVGSVGElement;
}
