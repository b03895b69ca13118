import * as Plot from "@observablehq/plot";
import { scaleUtc } from "d3";
import { TIMELINE_CATEGORIES } from "../data/schemas/timeline.ts";
import {
  displayDate,
  eventSpan,
  eventsInView,
  isHighlighted,
  type TimelineCategory,
  type TimelineEvent,
} from "../timeline/events.ts";
import { accessibleSvg } from "./accessibleSvg.ts";
import { palette } from "./palette.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** One point of a context series (a count over time) drawn behind the events. */
export interface ContextPoint {
  date: string;
  value: number;
  source_name: string;
}

/** A context series: its own panel, its own y axis and its own label, never mixed with another. */
export interface ContextSeries {
  /** The panel's y axis label, e.g. "Political prisoners held (at least)". */
  axis: string;
  /** One or more lines sharing that axis (same unit), each with its end label. */
  lines: { label: string; points: readonly ContextPoint[] }[];
}

/** Words the timeline draws; they come from the chart copy, never from this module. */
export interface TimelineChartText {
  label: string;
  category: (category: TimelineCategory) => string;
  /** Formats a date (`YYYY-MM-DD`) or a month (`YYYY-MM`) for the key and titles. */
  date: (isoDateOrMonth: string) => string;
  atLeast: (value: number) => string;
  source: string;
  /** The key's last line when events are left out, e.g. (3) => "3 more events in the list below". */
  more: (count: number) => string;
}

export interface TimelineChartState {
  from?: string | undefined;
  to?: string | undefined;
  highlight?: readonly string[] | undefined;
}

export interface TimelineChartOptions {
  width: number;
  document?: Document;
  state: TimelineChartState;
  context: readonly ContextSeries[];
  text: TimelineChartText;
}

/** Layout in pixels and characters; the phone rendering numbers fewer events than the desktop one. */
const layout = {
  fontSize: 12,
  marginLeft: 92,
  marginRight: 20,
  laneHeight: 17,
  contextHeight: 96,
  markerRadius: 8,
  maxLevels: 4,
  keyLine: 16,
  keyLimit: (width: number) => (width < 480 ? 6 : 10),
  /**
   * The most marks drawn for events that are not numbered, and for numbered ones' highlighted
   * companions. The real data stays well below; far more events (see bench:scale) share marks
   * by pixel bucket instead, so the page stays bounded however many rows exist.
   */
  backgroundLimit: 100,
  highlightLimit: 24,
  /** Pixels per context point at most: a longer series is thinned (see thinPoints). */
  contextPixels: 4,
  /** A context line with more points than this is drawn without its dots and their titles. */
  contextDots: 40,
  charWidth: 0.56,
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A highlighted event with its number in the key and the stacking level of its marker. */
interface Numbered {
  event: TimelineEvent;
  number: number;
  x: number;
  level: number;
}

/**
 * The prosecution timeline: dated events in lanes by category on a time axis zoomed to the
 * step's period, with each context series (a count over time) in its own panel above, sharing
 * the time axis but never a y axis. Highlighted events are drawn strongly and numbered; their
 * numbers stack so that none overlap, and a key under the chart gives each number's date and
 * title, so no label can collide with another at any width. Month-precision events are drawn as
 * a bar across their month. A pure function of its inputs.
 *
 * @example
 * timelineChart(events, {width: 360, document, state: {from: "2021-01-01", to: "2021-12-31", highlight: ["law"]}, context: [], text})
 */
export function timelineChart(
  events: readonly TimelineEvent[],
  { width, document: doc, state, context, text }: TimelineChartOptions,
): SVGSVGElement {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const from = state.from ?? sorted[0]?.date ?? "2020-01-01";
  const to = state.to ?? lastDay(sorted) ?? from;
  const domain: [Date, Date] = [day(from), day(to)];
  const x = scaleUtc(domain, [layout.marginLeft, width - layout.marginRight]);
  const inView = eventsInView(sorted, { from, to });
  const highlighted = inView.filter((event) => isHighlighted(event, state.highlight));
  const at = (event: TimelineEvent) => x(day(eventSpan(event).start));
  const keyed = new Set(highlighted.slice(0, layout.keyLimit(width)));
  const background = bounded(
    inView.filter((event) => !isHighlighted(event, state.highlight)),
    at,
    layout.backgroundLimit,
  );
  const strong = bounded(
    highlighted.filter((event) => !keyed.has(event)),
    at,
    layout.highlightLimit,
  );
  strong.events.push(...keyed);
  const numbered = stack(
    highlighted.slice(0, layout.keyLimit(width)).map((event, index) => ({
      event,
      number: index + 1,
      x: x(day(midpoint(event))),
      level: 0,
    })),
  );
  const shared = {
    ...(doc ? { document: doc } : {}),
    width,
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
  };

  const panels: SVGSVGElement[] = [];
  for (const series of context) {
    const lines = series.lines.map((line) => ({
      ...line,
      points: [...line.points].sort((a, b) => a.date.localeCompare(b.date)),
    }));
    const visible = lines.map((line) =>
      thinPoints(
        line.points.filter((p) => p.date >= from && p.date <= to),
        Math.floor((width - layout.marginLeft - layout.marginRight) / layout.contextPixels),
      ),
    );
    if (visible.every((points) => points.length === 0)) continue;
    // The y axis spans the whole series, so steps change the period, never the scale.
    const top = lines.reduce((max, line) => line.points.reduce((m, p) => Math.max(m, p.value), max), 0);
    panels.push(
      Plot.plot({
        ...shared,
        height: layout.contextHeight,
        marginTop: 22,
        marginBottom: 6,
        x: { type: "utc", domain, axis: null },
        y: { domain: [0, top], nice: true, ticks: 2, grid: true, label: series.axis, labelAnchor: "top" },
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
            dy: index === 0 ? -8 : 10,
            fill: "currentColor",
            stroke: "var(--plot-background, white)",
            strokeWidth: 3,
            paintOrder: "stroke",
          }),
        ]),
      }) as SVGSVGElement,
    );
  }

  const levels = Math.max(0, ...numbered.map((item) => item.level + 1));
  const step = layout.markerRadius * 2 + 2;
  // The lowest row of numbers sits this far above the events panel.
  const base = layout.markerRadius + 2;
  if (levels > 0) {
    panels.push(
      Plot.plot({
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
      }) as SVGSVGElement,
    );
  }

  const categories = [...TIMELINE_CATEGORIES];
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
  panels.push(
    Plot.plot({
      ...shared,
      height: categories.length * layout.laneHeight + 30,
      marginTop: 4,
      marginBottom: 26,
      x: { type: "utc", domain, ticks: width < 480 ? 4 : 7, label: null },
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
    }) as SVGSVGElement,
  );

  const document_ = panels[0]!.ownerDocument;
  const root = document_.createElementNS(SVG_NS, "svg") as SVGSVGElement;
  let y = 0;
  // Each panel's contents move into a translated group, so the chart stays one <svg> element.
  for (const panel of panels) {
    const group = document_.createElementNS(SVG_NS, "g");
    group.setAttribute("transform", `translate(0,${y})`);
    for (const name of ["text-anchor", "font-size"]) {
      const value = panel.getAttribute(name);
      if (value) group.setAttribute(name, value);
    }
    group.append(...panel.childNodes);
    y += Number(panel.getAttribute("height"));
    root.append(group);
  }
  y = appendKey(root, numbered, highlighted.length, width, y, text);
  root.setAttribute("xmlns", SVG_NS);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(Math.ceil(y)));
  root.setAttribute("viewBox", `0 0 ${width} ${Math.ceil(y)}`);
  root.setAttribute("font-size", String(layout.fontSize));
  root.setAttribute("font-family", "system-ui, sans-serif");
  root.setAttribute("fill", "currentColor");
  root.setAttribute("data-from", from);
  root.setAttribute("data-to", to);
  for (const style of root.querySelectorAll("style")) style.remove();
  roundCoordinates(root);
  return accessibleSvg(root, text.label);
}

/** The key under the chart: one line per numbered event, wrapped to the width, then a "more" line. */
function appendKey(
  root: SVGSVGElement,
  numbered: readonly Numbered[],
  total: number,
  width: number,
  top: number,
  text: TimelineChartText,
): number {
  if (numbered.length === 0) return top;
  const doc = root.ownerDocument;
  const group = doc.createElementNS(SVG_NS, "g");
  group.setAttribute("class", "timeline-key");
  group.setAttribute("text-anchor", "start");
  const maxChars = Math.floor((width - 28) / (layout.fontSize * layout.charWidth));
  let y = top + 8;
  const line = (content: string, x: number, className?: string) => {
    y += layout.keyLine;
    const node = doc.createElementNS(SVG_NS, "text");
    node.setAttribute("x", String(x));
    node.setAttribute("y", String(y));
    if (className) node.setAttribute("class", className);
    node.textContent = content;
    group.append(node);
  };
  for (const { event, number } of [...numbered].sort((a, b) => a.number - b.number)) {
    const words = `${text.date(displayDate(event))} · ${event.title}`;
    const [first, ...rest] = wrap(words, maxChars, 2);
    line(`${number}`, 4, "timeline-key-number");
    y -= layout.keyLine;
    line(first ?? "", 24);
    for (const more of rest) line(more, 24);
  }
  if (total > numbered.length) line(text.more(total - numbered.length), 4, "timeline-key-more");
  root.append(group);
  return y + 8;
}

/** Breaks text into at most `maxLines` lines of `maxChars`, ending with "…" if cut. */
export function wrap(content: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of content.split(/\s+/)) {
    if (current && `${current} ${word}`.length > maxChars) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
  return kept;
}

/**
 * Stacks numbered markers so that none overlap: each takes the lowest level on which no marker
 * lies within one marker's width of it. Past the level limit a marker takes the least crowded
 * level, which only very dense selections reach.
 */
export function stack<T extends { x: number; level: number }>(items: T[]): T[] {
  const gap = layout.markerRadius * 2 + 1;
  const placed: T[][] = [];
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const clash = (level: number) => (placed[level] ?? []).some((other) => Math.abs(other.x - item.x) < gap);
    let level = 0;
    while (clash(level) && level < layout.maxLevels - 1) level++;
    item.level = level;
    (placed[level] ??= []).push(item);
  }
  return items;
}

/**
 * At most `limit` events to draw: all of them, each with its title, when there are few enough;
 * otherwise one per category and pixel bucket, the buckets doubling in width until the marks fit,
 * without titles (one mark then stands for several events, whose titles are in the event list).
 * Every mark kept sits at a real event's date; nothing is averaged or invented.
 */
export function bounded(
  events: readonly TimelineEvent[],
  at: (event: TimelineEvent) => number,
  limit: number,
): { events: TimelineEvent[]; titled: boolean } {
  if (events.length <= limit) return { events: [...events], titled: true };
  for (let bucket = 4; ; bucket *= 2) {
    const seen = new Set<string>();
    const kept = events.filter((event) => {
      const key = `${event.category}:${event.date_precision}:${Math.floor(at(event) / bucket)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (kept.length <= limit || bucket > 4096) return { events: kept, titled: false };
  }
}

/** At most `limit` points of a series: the last of each equal time slice, and always the last point. */
function thinPoints(points: readonly ContextPoint[], limit: number): ContextPoint[] {
  if (points.length <= limit) return [...points];
  const start = day(points[0]!.date).getTime();
  const span = day(points.at(-1)!.date).getTime() - start || 1;
  const last = new Map<number, ContextPoint>();
  for (const point of points) {
    last.set(Math.min(limit - 1, Math.floor(((day(point.date).getTime() - start) / span) * limit)), point);
  }
  return [...last.values()];
}

const eventTitle = (event: TimelineEvent, text: TimelineChartText) =>
  `${text.date(displayDate(event))} · ${text.category(event.category)} · ${event.title}${event.figure ? ` (${event.figure})` : ""} · ${text.source} ${event.source_name}`;

/** The middle of a month event, where its number sits; a day event's own day. */
function midpoint(event: TimelineEvent): string {
  if (event.date_precision === "day") return event.date;
  return `${event.date.slice(0, 8)}15`;
}

const clamp = (iso: string, from: string, to: string) => (iso < from ? from : iso > to ? to : iso);

function lastDay(events: readonly TimelineEvent[]): string | undefined {
  const last = events.at(-1);
  return last && (last.date_precision === "month" ? eventSpan(last).end : last.date);
}

/** Attributes holding pixel positions, which need no more than a tenth of a pixel. */
const COORDINATES = ["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "width", "height", "d", "transform"];

/**
 * Rounds every pixel position in a chart to one decimal: Plot writes three, which no screen can
 * show, and the story page inlines many figures, so the bytes count.
 */
export function roundCoordinates(root: Element): void {
  const round = (value: string) => value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const name of COORDINATES) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, round(value));
    }
  }
}
