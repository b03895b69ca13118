import { extent, line, scaleLinear, scaleUtc } from "d3";
import { mappable, periodTime, seriesRows, type DestinationRow, type MappableRow } from "../data/exileFigures.ts";
import { PHONE_DRAWING } from "./chartType.ts";
import { PAD, r1, type MapType } from "./exileMapLayout.ts";
import { wrapText } from "./exileMapLines.ts";
import type { ExileMapText } from "./exileMapTypes.ts";
import type { Make } from "./svgElement.ts";

/** A country's series as a small line chart: every sourced point, nothing between them invented. */
export function seriesPanel(
  el: Make,
  root: Element,
  destinations: readonly DestinationRow[],
  series: { country: string; metric: string },
  text: ExileMapText,
  width: number,
  top: number,
  type: MapType,
): number {
  const rows = seriesRows(mappable(destinations), series.country, series.metric);
  if (rows.length === 0) return top;
  const panel = el("g", { class: "map-series" }, root);
  const heading = `${rows[0]!.country}: ${text.metric(series.metric)}`;
  const y = wrapText(el, panel, heading, PAD, top, width - 2 * PAD, type);
  // Shorter on a phone, where the figure must fit the screen with its words at full size.
  const height = width < PHONE_DRAWING ? 96 : 110;
  const times = rows.map((row) => periodTime(row.period));
  const [t0, t1] = extent(times) as [number, number];
  const x = scaleUtc()
    .domain([t0, t1 === t0 ? t0 + 1 : t1])
    .range([PAD + 36, width - PAD - 36]);
  const values = rows.map((row) => row.value);
  const largest = rows.reduce((a, b) => (Math.abs(b.value) > Math.abs(a.value) ? b : a));
  const low = Math.min(0, ...values);
  const yScale = scaleLinear()
    .domain([low, Math.max(...values)])
    .range([y + height - type.line - 2, y + type.line]);
  el("line", { class: "axis", x1: PAD, x2: width - PAD, y1: yScale(low), y2: yScale(low) }, panel);
  const path = line<MappableRow>()
    .x((row) => x(periodTime(row.period)))
    .y((row) => yScale(row.value))(rows);
  el("path", { class: "series-line", d: path ?? "" }, panel);
  rows.forEach((row, index) => {
    const [cx, cy] = [r1(x(periodTime(row.period))), r1(yScale(row.value))];
    el("title", {}, el("circle", { class: "series-point", cx, cy, r: 3 }, panel)).textContent =
      `${text.number(row.value)} · ${text.period(row.period)} · ${text.source} ${row.source_name}`;
    // The first, the last and the largest point carry their figure; the others speak through titles.
    const labelled = index === 0 || index === rows.length - 1 || row === largest;
    if (!labelled) return;
    const anchor = index === 0 ? "start" : index === rows.length - 1 ? "end" : "middle";
    el("text", { x: cx, y: cy - 8, "text-anchor": anchor, class: "series-value" }, panel).textContent = text.number(
      row.value,
    );
    if (index === 0 || index === rows.length - 1) {
      el(
        "text",
        { x: cx, y: yScale(low) + type.line - 2, "text-anchor": anchor, class: "series-date" },
        panel,
      ).textContent = text.period(row.period);
    }
  });
  return y + height;
}
