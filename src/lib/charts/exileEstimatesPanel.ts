import { textLength } from "./wrapWords.ts";
import { max, scaleLinear } from "d3";
import type { EstimateRow } from "../data/exileFigures.ts";
import { PHONE_DRAWING } from "./chartType.ts";
import { PAD, r1, STUB, type MapType } from "./exileMapLayout.ts";
import { wrapText } from "./exileMapLines.ts";
import type { ExileMapText } from "./exileMapTypes.ts";
import type { Make } from "./svgElement.ts";
import { charsPerLine } from "./textWidth.ts";

/**
 * The distance between two estimates on a phone, which draws them without names: a ladder of
 * ranges, oldest at the top, whose dates and sources the table under the figure gives (and each
 * range's title). Names at a legible size would make the figure taller than a phone's screen.
 */
const PHONE_ROW = 6;

/**
 * The published estimates as ranges on one scale, oldest first: on a desktop each labelled with its
 * date and who made it; on a phone unnamed, closer together, with a line saying where the names are.
 */
export function estimatesPanel(
  el: Make,
  root: Element,
  estimates: readonly EstimateRow[],
  text: ExileMapText,
  width: number,
  top: number,
  type: MapType,
): number {
  const rows = [...estimates].sort((a, b) => a.date.localeCompare(b.date));
  if (rows.length === 0) return top;
  const phone = width < PHONE_DRAWING;
  const panel = el("g", { class: "map-estimates" }, root);
  const title = phone ? text.estimatesUnnamed : text.estimatesTitle;
  let y = wrapText(el, panel, title, PAD, top, width - 2 * PAD, type) + (phone ? 4 : 0);
  const labelWidth = phone ? 0 : Math.round(width * 0.42);
  const pitch = phone ? PHONE_ROW : type.line;
  const highest = max(rows, (row) => Math.max(row.estimate_low ?? 0, row.estimate_high ?? 0)) ?? 1;
  const x = scaleLinear()
    .domain([0, highest])
    .range([labelWidth + PAD, width - PAD - 4]);
  const perLabel = charsPerLine(labelWidth, type.size);
  for (const row of rows) {
    const cy = y + pitch / 2;
    const who = row.source_name.split(/[,(]/)[0]!.trim();
    const name = `${text.period(row.date)} · ${who}`;
    if (!phone)
      el("text", { x: PAD, y: cy, dy: "0.35em", class: "estimate-label" }, panel).textContent =
        textLength(name) > perLabel
          ? `${name.slice(0, Math.floor(perLabel * (name.length / textLength(name))) - 1)}…`
          : name;
    const low = row.estimate_low;
    const high = row.estimate_high;
    const summary =
      low !== undefined && high !== undefined
        ? low === high
          ? text.number(low)
          : `${text.number(low)}–${text.number(high)}`
        : low !== undefined
          ? text.atLeast(text.number(low))
          : text.upTo(text.number(high!));
    const group = el("g", { class: "estimate" }, panel);
    el("title", {}, group).textContent =
      `${summary} · ${row.scope} · ${text.period(row.date)} · ${text.source} ${row.source_name}`;
    if (low !== undefined && high !== undefined && high > low) {
      el("line", { class: "estimate-range", x1: r1(x(low)), x2: r1(x(high)), y1: cy, y2: cy }, group);
    } else if (low === undefined) {
      // A one-sided estimate gets a short open stub on its open side, never a range it did not give.
      el("line", { class: "estimate-range open", x1: r1(x(high!) - STUB), x2: r1(x(high!)), y1: cy, y2: cy }, group);
    } else if (high === undefined) {
      el("line", { class: "estimate-range open", x1: r1(x(low)), x2: r1(x(low) + STUB), y1: cy, y2: cy }, group);
    }
    for (const value of [low, high]) {
      if (value !== undefined) el("circle", { class: "estimate-point", cx: r1(x(value)), cy, r: 3 }, group);
    }
    y += pitch;
  }
  // The scale's two ends, read from the data.
  for (const [value, anchor] of [
    [0, "start"],
    [highest, "end"],
  ] as const) {
    el(
      "text",
      { x: r1(x(value)), y: y + type.line / 2, dy: "0.35em", "text-anchor": anchor, class: "estimate-axis" },
      panel,
    ).textContent = text.number(value);
  }
  return y + type.line;
}
