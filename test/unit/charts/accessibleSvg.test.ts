import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { accessibleSvg, CHART_CLASS } from "../../../src/lib/charts/accessibleSvg.ts";

const plotSvg = () =>
  parseHTML(
    `<div><svg class="plot-d6a7b5" aria-label="old"><style>.plot-d6a7b5 { fill: red }</style>` +
      `<g aria-label="dot" aria-description="points"><circle r="2"/></g><g aria-label="axis"><text>2024</text></g></svg></div>`,
  ).document.querySelector("svg")!;

describe("accessibleSvg(svg, label)", () => {
  test("makes the root one labelled image with the chart class", () => {
    const svg = accessibleSvg(plotSvg(), "Political prisoners, 2020–2026");
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Political prisoners, 2020–2026");
    expect(svg.getAttribute("class")).toBe(CHART_CLASS);
    expect(CHART_CLASS).toBe("plot-chart");
  });

  test("removes every label and description from the groups inside", () => {
    const svg = accessibleSvg(plotSvg(), "label");
    expect(svg.querySelectorAll("[aria-label], [aria-description]").length).toBe(0);
    expect(svg.querySelectorAll("g").length).toBe(2);
    expect(svg.querySelector("text")!.textContent).toBe("2024");
  });

  test("drops Plot's inline style element, which a strict CSP would block", () => {
    const svg = accessibleSvg(plotSvg(), "label");
    expect(svg.querySelector("style")).toBeNull();
    expect(svg.querySelector("circle")).not.toBeNull();
  });

  test("returns the same element it was given", () => {
    const svg = plotSvg();
    expect(accessibleSvg(svg, "x")).toBe(svg);
  });
});
