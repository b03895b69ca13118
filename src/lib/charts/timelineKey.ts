import { displayDate } from "../timeline/events.ts";
import { SVG_NS } from "./svgElement.ts";
import { layout } from "./timelineLayout.ts";
import type { Numbered, TimelineChartText } from "./timelineTypes.ts";
import { wrap } from "./wrapWords.ts";
import { charsPerLine } from "./textWidth.ts";

/** The key under the chart: one line per numbered event, wrapped to the width, then a "more" line. */
export function appendKey(
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
  const maxChars = charsPerLine(width - 28, layout.type(width));
  let y = top + 8;
  const line = (content: string, x: number, className?: string) => {
    y += layout.keyLine(width);
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
    y -= layout.keyLine(width);
    line(first ?? "", 24);
    for (const more of rest) line(more, 24);
  }
  if (total > numbered.length) line(text.more(total - numbered.length), 4, "timeline-key-more");
  root.append(group);
  return y + 8;
}
