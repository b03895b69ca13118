import { scaleUtc } from "d3";
import { displayDate, eventSpan, type TimelineEvent } from "../timeline/events.ts";
import { accessibleSvg } from "./accessibleSvg.ts";
import { palette } from "./palette.ts";
import { roundCoordinates } from "./roundCoordinates.ts";
import { SVG_NS, svgMaker } from "./svgElement.ts";
import { wrap } from "./wrapWords.ts";
import { charsPerLine } from "./textWidth.ts";
import { lineHeight, PHONE_DRAWING, typeSize } from "./chartType.ts";

/** One theme of repression beyond the border, with the events and counts that document it. */
export interface AbroadTheme {
  id: string;
  label: string;
  /** Sourced counts, each already worded with its figure and date, e.g. "112 people convicted … by 21 November 2024". */
  figures: { text: string; source_name: string }[];
  events: readonly TimelineEvent[];
}

export interface AbroadChartText {
  label: string;
  date: (isoDateOrMonth: string) => string;
  source: string;
}

export interface AbroadChartOptions {
  width: number;
  document: Document;
  themes: readonly AbroadTheme[];
  /** Themes whose events are listed in full; the others show their counts and a strip of dates. */
  focus: readonly string[];
  /** The time axis every theme's strip shares: from the first to the last event of any theme. */
  period: { from: string; to: string };
  text: AbroadChartText;
}

/**
 * Layout in pixels at a drawing width: words in the width's type (chartType.ts), and on a phone a
 * little less space between the themes, so that the figure fits the screen at that size.
 */
const layoutAt = (width: number) => ({
  fontSize: typeSize(width),
  line: lineHeight(width),
  heading: lineHeight(width) + (width < PHONE_DRAWING ? 2 : 4),
  strip: width < PHONE_DRAWING ? 16 : 20,
  gap: width < PHONE_DRAWING ? 8 : 14,
  padLeft: 4,
  indent: 14,
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Repression beyond the border as an annotated list: one block per theme (trials in absentia,
 * cases over protests abroad, pressure on relatives, extraditions, documents), each with its
 * sourced counts and a strip of its events on a time axis shared by all blocks. A focused theme
 * also lists its events by date; the others are dimmed. Text wraps to the width, so nothing
 * collides on a phone. A pure function of its inputs; every text node is set as text, never as
 * markup.
 */
export function repressionAbroadChart({
  width,
  document,
  themes,
  focus,
  period,
  text,
}: AbroadChartOptions): SVGSVGElement {
  const make = svgMaker(document);
  const layout = layoutAt(width);
  const root = make("svg");
  const x = scaleUtc([day(period.from), day(period.to)], [layout.padLeft + 16, width - 18]);
  const maxChars = charsPerLine(width - layout.indent - 8, layout.fontSize);
  const el = (name: keyof SVGElementTagNameMap, attributes: Record<string, string | number>, content?: string) => {
    const node = make(name, attributes);
    if (content !== undefined) node.textContent = content;
    return node;
  };

  let y = 0;
  // The shared axis: one tick per year at the top, so each strip below reads against it.
  const axis = el("g", { class: "abroad-axis", "text-anchor": "middle", "fill-opacity": 0.75 });
  for (const tick of x.ticks(width < PHONE_DRAWING ? 4 : 7)) {
    axis.append(el("text", { x: x(tick), y: layout.fontSize }, String(tick.getUTCFullYear())));
    axis.append(el("line", { x1: x(tick), x2: x(tick), y1: 16, y2: 20, stroke: "currentColor" }));
  }
  root.append(axis);
  y = 24;

  for (const theme of themes) {
    const focused = focus.length === 0 || focus.includes(theme.id);
    const group = el("g", {
      class: `abroad-theme${focused ? " is-focused" : ""}`,
      "data-theme": theme.id,
      "fill-opacity": focused ? 1 : 0.65,
    });
    // Bold text is wider, so headings and counts wrap a little sooner than plain lines.
    wrap(theme.label, maxChars - 6, 2).forEach((line, index) => {
      y += index === 0 ? layout.heading : layout.line;
      group.append(el("text", { x: layout.padLeft, y, "font-weight": 700 }, line));
    });
    const stripY = y + layout.strip / 2 + 2;
    group.append(
      el("line", {
        x1: x.range()[0]!,
        x2: x.range()[1]!,
        y1: stripY,
        y2: stripY,
        stroke: "currentColor",
        "stroke-opacity": 0.25,
      }),
    );
    for (const event of theme.events) {
      const title = el(
        "title",
        {},
        `${text.date(displayDate(event))} · ${event.title} · ${text.source} ${event.source_name}`,
      );
      const mark =
        event.date_precision === "month"
          ? el("rect", {
              x: x(day(eventSpan(event).start)),
              width: Math.max(2, x(day(eventSpan(event).end)) - x(day(eventSpan(event).start))),
              y: stripY - 3,
              height: 6,
              fill: focused ? palette.prisoners : "currentColor",
              class: "abroad-event",
            })
          : el("circle", {
              cx: x(day(event.date)),
              cy: stripY,
              r: 4,
              fill: focused ? palette.prisoners : "currentColor",
              class: "abroad-event",
            });
      mark.append(title);
      group.append(mark);
    }
    y += layout.strip + 4;
    for (const figure of theme.figures) {
      for (const line of wrap(figure.text, maxChars - 4, 3)) {
        y += layout.line;
        group.append(el("text", { x: layout.padLeft, y, "font-weight": 600 }, line));
      }
    }
    if (focused && focus.length > 0) {
      for (const event of theme.events) {
        const lines = wrap(
          `${text.date(displayDate(event))} · ${event.title}${event.figure ? ` (${event.figure})` : ""}`,
          maxChars,
          3,
        );
        lines.forEach((line, index) => {
          y += layout.line;
          group.append(
            el("text", { x: index === 0 ? layout.padLeft : layout.indent, y }, index === 0 ? `• ${line}` : line),
          );
        });
      }
    }
    y += layout.gap;
    root.append(group);
  }

  const height = Math.ceil(y);
  for (const [key, value] of Object.entries({
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "font-size": layout.fontSize,
    "font-family": "system-ui, sans-serif",
    fill: "currentColor",
  })) {
    root.setAttribute(key, String(value));
  }
  roundCoordinates(root);
  return accessibleSvg(root, text.label);
}
