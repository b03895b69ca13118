import { periodTime } from "../data/exileFigures.ts";
import { PHONE_DRAWING } from "./chartType.ts";
import { PAD, type MapType } from "./exileMapLayout.ts";
import { wrapText } from "./exileMapLines.ts";
import type { Placed } from "./exileMapPlacement.ts";
import type { ExileMapText } from "./exileMapTypes.ts";
import type { Make } from "./svgElement.ts";

/**
 * The legend under the map: the largest circle, with its figure and the series it compares written
 * beside it, the hatching of countries with figures in other series only, and the countries off
 * the map. On a phone the hatched countries are not named (the map shows them and the table names
 * them), so that the figure keeps its words at full size on the screen. Returns the y under it.
 */
export function mapLegend(
  el: Make,
  root: Element,
  {
    placed,
    offMap,
    radius,
    hatchId,
    metric,
    text,
    width,
    type,
  }: {
    placed: readonly Placed[];
    offMap: readonly { iso3: string; country: string }[];
    radius: (value: number) => number;
    hatchId: string;
    metric: string;
    text: ExileMapText;
    width: number;
    type: MapType;
  },
  top: number,
): number {
  let y = top;
  const legend = el("g", { class: "map-legend" }, root);
  const dates = placed
    .flatMap((p) => (p.figure ? [p.figure.period] : []))
    .sort((a, b) => periodTime(a) - periodTime(b));
  const biggest = placed.filter((p) => p.figure).sort((a, b) => b.figure!.value - a.figure!.value)[0];
  if (biggest?.figure) {
    const r = radius(biggest.figure.value);
    el("circle", { class: "symbol", cx: PAD + r, cy: y + r, r }, legend);
    // The words go beside the circle rather than under it: the figure is as short as it can be.
    const x = PAD + 2 * r + 8;
    const words = `${text.number(biggest.figure.value)} (${biggest.country}). ${text.circles(
      text.metric(metric),
      text.period(dates[0]!),
      text.period(dates.at(-1)!),
    )}`;
    y = Math.max(y + 2 * r + 4, wrapText(el, legend, words, x, y, width - x - PAD, type));
  }
  if (placed.some((p) => p.other)) {
    el(
      "rect",
      {
        class: "swatch other-only",
        x: PAD,
        y: y + type.line / 2 - 5,
        width: 14,
        height: 10,
        fill: `url(#${hatchId}-legend)`,
      },
      legend,
    );
    const legendHatch = el(
      "pattern",
      { id: `${hatchId}-legend`, patternUnits: "userSpaceOnUse", width: 4, height: 4, patternTransform: "rotate(45)" },
      legend,
    );
    el("line", { class: "hatch-line", x1: 0, y1: 0, x2: 0, y2: 4, "stroke-width": 1.5 }, legendHatch);
    const names = placed
      .filter((p) => p.other)
      .map((p) => p.country)
      .join(", ");
    const words = width < PHONE_DRAWING ? text.otherOnlyUnnamed : `${text.otherOnly} ${names}.`;
    y = wrapText(el, legend, words, PAD + 20, y, width - 2 * PAD - 20, type);
  }
  if (offMap.length > 0)
    y = wrapText(el, legend, text.offMap(offMap.map((c) => c.country).join(", ")), PAD, y, width - 2 * PAD, type);

  return y;
}
