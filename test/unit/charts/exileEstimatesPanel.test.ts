import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { estimatesPanel } from "../../../src/lib/charts/exileEstimatesPanel.ts";
import { exileMapText } from "../../../src/lib/charts/exileMap.ts";
import { mapType } from "../../../src/lib/charts/exileMapLayout.ts";
import { svgMaker } from "../../../src/lib/charts/svgElement.ts";
import type { EstimateRow } from "../../../src/lib/data/exileFigures.ts";
import { frozenChartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const text = exileMapText(frozenChartContext("exile-map"));
const draw = (rows: readonly EstimateRow[], width = 600) => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const el = svgMaker(document as unknown as Document);
  const root = el("svg");
  const bottom = estimatesPanel(el, root, rows, text, width, 40, mapType(width));
  return { root, bottom };
};
const estimate = (date: string, low: number | undefined, high: number | undefined): EstimateRow => ({
  ...frozenData.emigrationEstimates[0]!,
  date,
  estimate_low: low,
  estimate_high: high,
  source_name: "Example (a newspaper)",
});

const LINE = mapType(600).line;

describe("estimatesPanel(el, root, estimates, text, width, top, type)", () => {
  test("draws nothing and keeps its top without estimates", () => {
    const { root, bottom } = draw([]);
    expect(bottom).toBe(40);
    expect(root.children.length).toBe(0);
  });

  test("one row per estimate, oldest first, named by date and who made it, up to the first comma or bracket", () => {
    const { root } = draw([estimate("2024-01-01", 1, 2), estimate("2022-05-05", 3, 4)]);
    const labels = [...root.querySelectorAll(".estimate-label")].map((t) => t.textContent);
    expect(labels).toEqual([`${text.period("2022-05-05")} · Example`, `${text.period("2024-01-01")} · Example`]);
  });

  test("a range is a line between two points; a one-sided estimate is an open stub and one point", () => {
    const { root } = draw([
      estimate("2021", 100, 300),
      estimate("2022", 200, undefined),
      estimate("2023", undefined, 250),
    ]);
    const groups = [...root.querySelectorAll("g.estimate")];
    expect(groups.map((g) => g.querySelectorAll("circle").length)).toEqual([2, 1, 1]);
    expect(groups.map((g) => g.querySelector("line")!.getAttribute("class"))).toEqual([
      "estimate-range",
      "estimate-range open",
      "estimate-range open",
    ]);
    const [range, atLeast, upTo] = groups.map((g) => g.querySelector("line")!);
    expect(Number(range!.getAttribute("x2"))).toBeGreaterThan(Number(range!.getAttribute("x1")));
    // "at least": the stub leaves the point to the right; "up to": it reaches the point from the left.
    const point = (g: Element) => Number(g.querySelector("circle")!.getAttribute("cx"));
    expect(Number(atLeast!.getAttribute("x1"))).toBe(point(groups[1]!));
    expect(Number(upTo!.getAttribute("x2"))).toBe(point(groups[2]!));
  });

  test("titles say the range, 'at least' or 'up to', and a single value when both ends agree", () => {
    const { root } = draw([
      estimate("2021", 100, 300),
      estimate("2022", 200, undefined),
      estimate("2023", undefined, 250),
      estimate("2024", 50, 50),
    ]);
    const titles = [...root.querySelectorAll("g.estimate > title")].map((t) => t.textContent!.split(" · ")[0]);
    expect(titles).toEqual([
      `${text.number(100)}–${text.number(300)}`,
      text.atLeast(text.number(200)),
      text.upTo(text.number(250)),
      text.number(50),
    ]);
    const equal = root.querySelectorAll("g.estimate")[3]!;
    expect(equal.querySelector("line")).toBeNull();
    expect(equal.querySelectorAll("circle")).toHaveLength(2);
  });

  test("the scale runs from 0 to the highest figure, and each row takes one line", () => {
    const rows = [estimate("2021", 100, 300), estimate("2022", 200, 1200)];
    const { root, bottom } = draw(rows);
    expect([...root.querySelectorAll(".estimate-axis")].map((t) => t.textContent)).toEqual([
      text.number(0),
      text.number(1200),
    ]);
    const title = root.querySelectorAll("text").length;
    expect(title).toBeGreaterThan(0);
    const afterTitle = Number(root.querySelector(".estimate-label")!.getAttribute("y")) - LINE / 2;
    expect(bottom).toBe(afterTitle + rows.length * LINE + LINE);
  });

  test("on a phone, names no estimate but says in its title where the names are, and sets the ranges closer than a line", () => {
    const rows = [estimate("2021", 100, 300), estimate("2022", 200, 1200), estimate("2023", 150, 900)];
    const phone = draw(rows, 360);
    const desktop = draw(rows, 600);
    expect(phone.root.querySelectorAll(".estimate-label")).toHaveLength(0);
    expect(desktop.root.querySelectorAll(".estimate-label")).toHaveLength(3);
    const words = (panel: Element) => [...panel.querySelectorAll("text")].map((t) => t.textContent).join(" ");
    expect(words(phone.root)).toContain(text.estimatesUnnamed);
    expect(words(desktop.root)).toContain(text.estimatesTitle);
    const rowYs = [...phone.root.querySelectorAll("g.estimate line")].map((line) => Number(line.getAttribute("y1")));
    expect(rowYs[1]! - rowYs[0]!).toBeLessThan(mapType(360).line);
    expect(rowYs[1]! - rowYs[0]!).toBeGreaterThan(0);
  });

  test("the frozen estimates all fit inside the width", () => {
    const { root } = draw(frozenData.emigrationEstimates, 360);
    for (const node of root.querySelectorAll("circle, line")) {
      for (const attr of ["cx", "x1", "x2"]) {
        const value = node.getAttribute(attr);
        if (value !== null) {
          expect(Number(value)).toBeGreaterThanOrEqual(0);
          expect(Number(value)).toBeLessThanOrEqual(360);
        }
      }
    }
  });
});
