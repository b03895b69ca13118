import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { mapType } from "../../../src/lib/charts/exileMapLayout.ts";
import { labelPlacer, overlaps } from "../../../src/lib/charts/mapLabels.ts";
import { svgMaker } from "../../../src/lib/charts/svgElement.ts";
import { textWidth } from "../../../src/lib/charts/textWidth.ts";

/** A placer on a 300 × 200 figure whose view is the map's own units, one per pixel, in the phone's type. */
function placer(view: [number, number, number] = [0, 0, 1], type = mapType(360), frame?: [number, number]) {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const el = svgMaker(document as unknown as Document);
  const group = el("g");
  const labels = labelPlacer({ el, group, size: [300, 200], frame, view, type });
  const placed = () =>
    [...group.querySelectorAll("text")].map((node) => ({
      name: node.textContent,
      x: Number(node.getAttribute("x")),
      y: Number(node.getAttribute("y")),
      anchor: node.getAttribute("text-anchor"),
    }));
  return { labels, placed };
}

describe("overlaps(a, b)", () => {
  test("is true only when two boxes share some area", () => {
    const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(overlaps(box, { x0: 5, y0: 5, x1: 15, y1: 15 })).toBe(true);
    expect(overlaps(box, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(overlaps(box, { x0: 0, y0: 11, x1: 10, y1: 20 })).toBe(false);
  });
});

describe("labelPlacer", () => {
  test("puts a label to the right of its point when there is room", () => {
    const { labels, placed } = placer();
    labels.place("Vilnius", [100, 100], 6, "label-hub");
    expect(placed()).toEqual([{ name: "Vilnius", x: 106, y: 100, anchor: "start" }]);
  });

  test("moves a label to the left of its point when the right is taken or off the figure", () => {
    const { labels, placed } = placer();
    labels.reserve({ x0: 100, y0: 90, x1: 200, y1: 110 });
    labels.place("Riga", [100, 100], 6, "label-hub");
    labels.place("Tbilisi", [295, 150], 6, "label-hub");
    expect(placed().map((label) => label.anchor)).toEqual(["end", "end"]);
  });

  test("drops a label that has no free spot rather than let it collide", () => {
    const { labels, placed } = placer();
    labels.reserve({ x0: 0, y0: 0, x1: 300, y1: 200 });
    labels.place("Warsaw", [150, 100], 6, "label-hub");
    expect(placed()).toEqual([]);
  });

  test("never lets two labels overlap, however many points crowd together", () => {
    const { labels, placed } = placer();
    for (let i = 0; i < 12; i++) labels.place(`City ${i}`, [150 + i, 100 + i], 4, "label-hub");
    const boxes = placed().map(({ x, y, anchor, name }) => {
      const w = textWidth(name ?? "", mapType(360).size);
      const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
      return { x0, y0: y - 6, x1: x0 + w, y1: y + 6 };
    });
    expect(boxes.length).toBeGreaterThan(1);
    expect(boxes.length).toBeLessThan(12);
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  test("measures each label at the type size it is drawn in, so a larger type needs more room", () => {
    // Right of x = 230 there is room for "Vilnius" at the phone's size, not at twice it.
    const small = placer();
    small.labels.place("Vilnius", [230, 100], 6, "label-hub");
    const large = placer([0, 0, 1], { size: 2 * mapType(360).size, line: 2 * mapType(360).line });
    large.labels.place("Vilnius", [230, 100], 6, "label-hub");
    expect([small.placed()[0]?.anchor, large.placed()[0]?.anchor]).toEqual(["start", "end"]);
  });

  test("measures on screen but writes positions in the map's units through the view", () => {
    // A view from (1000, 500) at 2 map units per pixel: the point (1200, 700) is at (100, 100) on screen.
    const { labels, placed } = placer([1000, 500, 2]);
    expect(labels.toScreen([1200, 700])).toEqual([100, 100]);
    labels.place("Minsk", [1200, 700], 6, "label-belarus");
    expect(placed()[0]).toMatchObject({ x: 1212, y: 700, anchor: "start" });
  });

  test("keeps labels on the map's frame where the view shows page beyond it", () => {
    // A frame 200 units wide, centred in the 300 px figure: it runs from x = 50 to x = 250 on screen.
    // Tbilisi, 20 px inside its right edge, has room on the figure to its right but not on the map.
    const framed = placer([-50, 0, 1], mapType(360), [200, 200]);
    framed.labels.place("Tbilisi", [180, 100], 6, "label-hub");
    const unframed = placer([-50, 0, 1], mapType(360));
    unframed.labels.place("Tbilisi", [180, 100], 6, "label-hub");
    expect([framed.placed()[0]?.anchor, unframed.placed()[0]?.anchor]).toEqual(["end", "start"]);
  });
});
