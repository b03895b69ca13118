import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { renderChartSvgs } from "../../../src/lib/charts/registry.ts";
import { typeSize } from "../../../src/lib/charts/chartType.ts";
import { textWidth } from "../../../src/lib/charts/textWidth.ts";
import { timelineText } from "../../../src/lib/charts/timeline.ts";
import { layout } from "../../../src/lib/charts/timelineLayout.ts";
import { TIMELINE_CATEGORIES } from "../../../src/lib/data/schemas/timeline.ts";
import { locales } from "../../../src/lib/i18n/locales.ts";
import { frozenChartContext as chartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";
import { frozenDataIn } from "../../helpers/frozenEditions.ts";

const svgOf = (markup: string) => parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
const render = (state: object) => renderChartSvgs("timeline", frozenData, state, chartContext("timeline"));
const text = timelineText(chartContext("timeline"));

describe("the timeline chart", () => {
  test("draws a month-precision event as a bar across its whole month, a day event as a dot", () => {
    // The wanted notice of October 2020 is known only to the month.
    const state = { from: "2020-09-01", to: "2020-11-30", highlight: ["2020-10-01:exile"], context: [] };
    const { document } = svgOf(render(state).wide);
    const bar = document.querySelector(".timeline-event.is-highlighted rect");
    expect(bar?.querySelector("title")?.textContent).toMatch(/^October 2020 · Exile · /);
    // The axis runs over 91 days, of which October is 31: the bar spans about a third of it. The
    // lanes' rules run the axis's whole length.
    const lane = document.querySelector("g[stroke-opacity='0.12'] line")!;
    const plotWidth = Number(lane.getAttribute("x2")) - Number(lane.getAttribute("x1"));
    expect(Number(bar?.getAttribute("width"))).toBeCloseTo((plotWidth * 31) / 90, 0);
    const dots = [...document.querySelectorAll(".timeline-event.is-highlighted circle")];
    expect(dots).toHaveLength(0);
  });

  test("numbers the highlighted events in date order in a key, and no two markers overlap", () => {
    const state = { from: "2021-01-01", to: "2021-12-31", highlight: ["media", "law", "2021-05-23:arrest"] };
    for (const markup of Object.values(render(state))) {
      const { document } = svgOf(markup);
      const keyLines = [...document.querySelectorAll(".timeline-key text:not(.timeline-key-number)")]
        .map((node) => node.textContent ?? "")
        .filter((line) => /^\d{1,2} \w+ 2021 · /.test(line));
      const dates = keyLines.map((line) => Date.parse(line.split(" · ")[0]!));
      expect(dates).toEqual([...dates].sort((a, b) => a - b));
      expect(keyLines[0]).toContain("TUT.BY raided");
      const markers = [...document.querySelectorAll(".timeline-marker circle")].map((circle) => ({
        x: Number(circle.getAttribute("cx")),
        y: Number(circle.getAttribute("cy")),
      }));
      expect(markers.length).toBeGreaterThan(3);
      for (const [i, a] of markers.entries()) {
        for (const b of markers.slice(i + 1))
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * layout.markerRadius);
      }
    }
  });

  test("numbers fewer events on a phone than on a desktop, and says how many more there are", () => {
    const state = { from: "2024-01-01", highlight: ["release"] };
    const { narrow, wide } = render(state);
    const count = (markup: string) => svgOf(markup).document.querySelectorAll(".timeline-marker circle").length;
    expect(count(narrow)).toBe(6);
    expect(count(wide)).toBe(10);
    expect(svgOf(narrow).document.querySelector(".timeline-key-more")?.textContent).toMatch(
      /^\d+ more highlighted events in the list below$/,
    );
  });

  test("draws each context series in its own labelled panel, and leaves out one with no count in the period", () => {
    const both = svgOf(render({ from: "2024-01-01" }).wide).document;
    const axisLabels = [...both.querySelectorAll("text")].map((node) => node.textContent);
    expect(axisLabels).toContain("↑ Political prisoners held (at least)");
    expect(axisLabels).toContain("↑ People since 2020 (at least)");
    expect(axisLabels).toEqual(expect.arrayContaining(["prosecuted", "convicted", "held"]));
    const early = svgOf(render({ from: "2020-05-01", to: "2020-09-30" }).wide).document;
    expect([...early.querySelectorAll("text")].map((node) => node.textContent)).not.toContain(
      "↑ People since 2020 (at least)",
    );
  });

  test("brushes the axis to the step's period", () => {
    const { document } = svgOf(render({ from: "2022-01-01", to: "2022-12-31" }).narrow);
    const root = document.querySelector("svg.plot-chart")!;
    expect([root.getAttribute("data-from"), root.getAttribute("data-to")]).toEqual(["2022-01-01", "2022-12-31"]);
    const titles = [...document.querySelectorAll(".timeline-event title")].map((node) => node.textContent ?? "");
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/2022 · /);
  });

  test("draws every word at the type size of its width, none at Plot's 10 px", () => {
    for (const [width, markup] of Object.entries(render({ from: "2024-01-01", highlight: ["release"] }))) {
      const { document } = svgOf(markup);
      const sizes = [...document.querySelectorAll("[font-size]")].map((node) => node.getAttribute("font-size"));
      expect(sizes, width).toEqual([String(typeSize(width === "narrow" ? 360 : 600))]);
    }
  });

  test.each(locales)("fits every category's name left of the time axis in the %s edition", (locale) => {
    const context = chartContext("timeline", locale);
    const { wide, narrow } = renderChartSvgs("timeline", frozenDataIn(locale), {}, context);
    for (const [width, markup] of [
      [600, wide],
      [360, narrow],
    ] as const) {
      const lane = svgOf(markup).document.querySelector("g[stroke-opacity='0.12'] line")!;
      const longest = Math.max(
        ...TIMELINE_CATEGORIES.map((category) => textWidth(timelineText(context).category(category), typeSize(width))),
      );
      expect(Number(lane.getAttribute("x1"))).toBeGreaterThan(longest);
    }
  });

  test("on a phone draws a lane only for the categories with events in the period, on a desktop all", () => {
    // Before the election, the frozen events are of few categories.
    const state = { from: "2020-05-01", to: "2020-07-31" };
    const { narrow, wide } = render(state);
    const names = (markup: string) =>
      [...svgOf(markup).document.querySelectorAll("text")]
        .map((node) => node.textContent)
        .filter((word) => TIMELINE_CATEGORIES.some((category) => text.category(category) === word));
    const inPeriod = new Set(
      frozenData.timeline
        .filter((event) => event.date >= state.from && event.date <= state.to)
        .map((event) => text.category(event.category)),
    );
    expect(inPeriod.size).toBeGreaterThan(0);
    expect(inPeriod.size).toBeLessThan(TIMELINE_CATEGORIES.length);
    expect(new Set(names(narrow))).toEqual(inPeriod);
    expect(names(wide)).toEqual(TIMELINE_CATEGORIES.map((category) => text.category(category)));
  });
});
