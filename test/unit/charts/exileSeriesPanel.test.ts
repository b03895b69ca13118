import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { exileMapText } from "../../../src/lib/charts/exileMap.ts";
import { mapType } from "../../../src/lib/charts/exileMapLayout.ts";
import { seriesPanel } from "../../../src/lib/charts/exileSeriesPanel.ts";
import { svgMaker } from "../../../src/lib/charts/svgElement.ts";
import { mappable, seriesRows, type DestinationRow } from "../../../src/lib/data/exileFigures.ts";
import { frozenChartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const text = exileMapText(frozenChartContext("exile-map"));
const draw = (rows: readonly DestinationRow[], series: { country: string; metric: string }, width = 600) => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const el = svgMaker(document as unknown as Document);
  const root = el("svg");
  const bottom = seriesPanel(el, root, rows, series, text, width, 20, mapType(width));
  return { root, bottom };
};
const row = (period: string, value: number): DestinationRow => ({
  ...frozenData.exileDestinations.find((r) => r.iso3 === "POL")!,
  metric: "test_series",
  period,
  value,
  source_name: `Office ${period}`,
});
const POL = { country: "POL", metric: "test_series" };

describe("seriesPanel(el, root, destinations, series, text, width, top, type)", () => {
  test("draws nothing for a series with no rows", () => {
    const { root, bottom } = draw(frozenData.exileDestinations, { country: "POL", metric: "no_such_series" });
    expect(bottom).toBe(20);
    expect(root.children.length).toBe(0);
  });

  test("a point per sourced row, in time order, each titled with its figure, period and source", () => {
    const { root } = draw([row("2023", 30), row("2021-06-30", 10), row("2022", 20)], POL);
    const points = [...root.querySelectorAll("circle.series-point")];
    expect(points.map((p) => p.querySelector("title")!.textContent)).toEqual(
      ["2021-06-30", "2022", "2023"].map(
        (p, i) => `${text.number((i + 1) * 10)} · ${text.period(p)} · ${text.source} Office ${p}`,
      ),
    );
    const xs = points.map((p) => Number(p.getAttribute("cx")));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // A larger value is drawn higher up.
    const ys = points.map((p) => Number(p.getAttribute("cy")));
    expect(ys[0]).toBeGreaterThan(ys[1]!);
    expect(ys[1]).toBeGreaterThan(ys[2]!);
  });

  test("labels only the first, the last and the largest point, and dates only the ends", () => {
    const { root } = draw([row("2020", 5), row("2021", 90), row("2022", 40), row("2023", 60)], POL);
    expect([...root.querySelectorAll(".series-value")].map((t) => t.textContent)).toEqual(["5", "90", "60"]);
    expect([...root.querySelectorAll(".series-date")].map((t) => t.textContent)).toEqual(["2020", "2023"]);
    expect([...root.querySelectorAll(".series-value")].map((t) => t.getAttribute("text-anchor"))).toEqual([
      "start",
      "middle",
      "end",
    ]);
  });

  test("the heading names the country and the series", () => {
    const { root } = draw([row("2020", 5)], POL);
    const heading = [...root.querySelectorAll("text")]
      .filter((t) => !t.getAttribute("class"))
      .map((t) => t.textContent)
      .join(" ");
    expect(heading).toBe(`Poland: ${text.metric("test_series")}`);
  });

  test("a series with one point still draws, and the baseline is at zero or the lowest figure, whichever is lower", () => {
    const one = draw([row("2020", 5)], POL).root;
    expect(one.querySelectorAll("circle.series-point")).toHaveLength(1);
    const positiveOnly = draw([row("2020", 20), row("2021", 30)], POL).root;
    const zero = Number(positiveOnly.querySelector("line.axis")!.getAttribute("y1"));
    for (const p of positiveOnly.querySelectorAll("circle.series-point"))
      expect(Number(p.getAttribute("cy"))).toBeLessThan(zero);
    const { root } = draw([row("2020", -20), row("2021", 30)], POL);
    const axis = Number(root.querySelector("line.axis")!.getAttribute("y1"));
    const [negative, positive] = [...root.querySelectorAll("circle.series-point")].map((p) =>
      Number(p.getAttribute("cy")),
    );
    expect(negative).toBe(axis);
    expect(positive).toBeLessThan(axis);
  });

  test("on the frozen data, draws every row of the series and stays within the width", () => {
    const rows = mappable(frozenData.exileDestinations);
    const { iso3, metric } = rows[0]!;
    const { root, bottom } = draw(frozenData.exileDestinations, { country: iso3, metric }, 360);
    expect(root.querySelectorAll("circle.series-point")).toHaveLength(seriesRows(rows, iso3, metric).length);
    expect(bottom).toBeGreaterThan(20);
    for (const p of root.querySelectorAll("circle")) {
      expect(Number(p.getAttribute("cx"))).toBeGreaterThanOrEqual(0);
      expect(Number(p.getAttribute("cx"))).toBeLessThanOrEqual(360);
    }
  });
});
