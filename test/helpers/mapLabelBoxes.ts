import { overlaps, type Box } from "../../src/lib/charts/mapLabels.ts";

/**
 * The boxes of a drawn map's labels on screen, in pixels from the figure's top left, for the
 * tests that check labels never overlap. A label's width is its letters times `em` of its type
 * size: a generous average of its own rather than the placer's measure (textWidth.ts), so that a
 * placer that measured too small would be caught. Cyrillic letters average a little wider than
 * Latin ones in the system fonts the maps are drawn in, hence 0.62 by default.
 */
export function mapLabelBoxes(document: Document, width: number, em = 0.62): (Box & { text: string })[] {
  const view = document.querySelector("svg.map-view")!.getAttribute("viewBox")!.split(" ").map(Number);
  const k = view[2]! / width;
  const size = Number(document.querySelector(".map-labels")!.getAttribute("font-size")) / k;
  return [...document.querySelectorAll(".map-labels text")].map((label) => {
    const x = (Number(label.getAttribute("x")) - view[0]!) / k;
    const y = (Number(label.getAttribute("y")) - view[1]!) / k;
    const w = label.textContent!.length * size * em;
    const anchor = label.getAttribute("text-anchor");
    const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
    return { text: label.textContent!, x0, x1: x0 + w, y0: y - size / 2, y1: y + size / 2 };
  });
}

/** Every pair of boxes that overlap, to show in a failure; empty when none do. */
export const overlappingPairs = <T extends Box>(boxes: readonly T[]): [T, T][] =>
  boxes.flatMap((a, i) => boxes.slice(i + 1).flatMap((b) => (overlaps(a, b) ? [[a, b] as [T, T]] : [])));
