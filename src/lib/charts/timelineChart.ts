import { scaleUtc } from "d3";
import { TIMELINE_CATEGORIES } from "../data/schemas/timeline.ts";
import { eventSpan, eventsInView, isHighlighted, type TimelineEvent } from "../timeline/events.ts";
import { accessibleSvg } from "./accessibleSvg.ts";
import { roundCoordinates } from "./roundCoordinates.ts";
import { PHONE_DRAWING } from "./chartType.ts";
import { SVG_NS } from "./svgElement.ts";
import { textWidth } from "./textWidth.ts";
import { lastDay, midpoint } from "./timelineEvents.ts";
import { appendKey } from "./timelineKey.ts";
import { day, layout } from "./timelineLayout.ts";
import { contextPanel, eventsPanel, markerPanel, type PanelFrame } from "./timelinePanels.ts";
import { stack } from "./timelineStack.ts";
import { bounded } from "./timelineThinning.ts";
import type { TimelineChartOptions } from "./timelineTypes.ts";

export type {
  ContextPoint,
  ContextSeries,
  TimelineChartOptions,
  TimelineChartState,
  TimelineChartText,
} from "./timelineTypes.ts";

/**
 * The prosecution timeline: dated events in lanes by category on a time axis zoomed to the
 * step's period, with each context series (a count over time) in its own panel above, sharing
 * the time axis but never a y axis. Highlighted events are drawn strongly and numbered; their
 * numbers stack so that none overlap, and a key under the chart gives each number's date and
 * title, so no label can collide with another at any width. Month-precision events are drawn as
 * a bar across their month. On a phone only the categories with events in the period get a lane,
 * so that the figure fits the screen with its words at full size; the left margin always fits
 * every category's name, so the time axis stays put from step to step. A pure function of its
 * inputs.
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
  const marginLeft = Math.ceil(
    Math.max(...TIMELINE_CATEGORIES.map((category) => textWidth(text.category(category), layout.type(width)))) +
      layout.labelGap,
  );
  const x = scaleUtc(domain, [marginLeft, width - layout.marginRight]);
  const inView = eventsInView(sorted, { from, to });
  const lanes =
    width < PHONE_DRAWING && inView.length > 0
      ? TIMELINE_CATEGORIES.filter((category) => inView.some((event) => event.category === category))
      : [...TIMELINE_CATEGORIES];
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
    marginLeft,
    marginRight: layout.marginRight,
  };

  const frame: PanelFrame = { shared, domain, from, to, width, text };
  const panels = [
    ...context.flatMap((series) => contextPanel(series, frame) ?? []),
    ...[markerPanel(numbered, frame) ?? []].flat(),
    eventsPanel({ background, strong, keyed, lanes }, frame),
  ];

  const document_ = panels[0]!.ownerDocument;
  const root = document_.createElementNS(SVG_NS, "svg") as SVGSVGElement;
  let y = 0;
  // Each panel's contents move into a translated group, so the chart stays one <svg> element. Its
  // words take the root's type size rather than the 10 px Plot draws in, too small on any screen.
  for (const panel of panels) {
    const group = document_.createElementNS(SVG_NS, "g");
    group.setAttribute("transform", `translate(0,${y})`);
    const anchor = panel.getAttribute("text-anchor");
    if (anchor) group.setAttribute("text-anchor", anchor);
    group.append(...panel.childNodes);
    y += Number(panel.getAttribute("height"));
    root.append(group);
  }
  y = appendKey(root, numbered, highlighted.length, width, y, text);
  root.setAttribute("xmlns", SVG_NS);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(Math.ceil(y)));
  root.setAttribute("viewBox", `0 0 ${width} ${Math.ceil(y)}`);
  root.setAttribute("font-size", String(layout.type(width)));
  root.setAttribute("font-family", "system-ui, sans-serif");
  root.setAttribute("fill", "currentColor");
  root.setAttribute("data-from", from);
  root.setAttribute("data-to", to);
  for (const style of root.querySelectorAll("style")) style.remove();
  roundCoordinates(root);
  return accessibleSvg(root, text.label);
}
