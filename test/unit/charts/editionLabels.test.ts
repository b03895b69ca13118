import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { typeSize } from "../../../src/lib/charts/chartType.ts";
import { renderChartSvgs } from "../../../src/lib/charts/registry.ts";
import { layout } from "../../../src/lib/charts/timelineLayout.ts";
import { locales } from "../../../src/lib/i18n/locales.ts";
import { frozenChapters, frozenChartContext } from "../../helpers/frozenCopy.ts";
import { frozenDataIn } from "../../helpers/frozenEditions.ts";
import { mapLabelBoxes, overlappingPairs } from "../../helpers/mapLabelBoxes.ts";

/**
 * The label checks of the charts, run in every edition: Belarusian and Russian words run longer
 * than English ones (Вільня for Vilnius, a country name of three words), so a placement that fits
 * in English must still keep labels apart in the others. Each runs on every story step the frozen
 * chapters of the edition draw, at the phone and the column width.
 */
const documentOf = (markup: string) => parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document;

describe.each(locales)("in the %s edition", (locale) => {
  const data = frozenDataIn(locale);
  const stepsOf = (chart: string) =>
    frozenChapters(locale)
      .filter((chapter) => chapter.graphic === chart)
      .flatMap((chapter) => chapter.steps.map((step) => ({ name: `${chapter.slug}-${step.id}`, state: step.state })));

  /** The map drawn for a state at both widths: each drawing's width, document and viewBox. */
  const mapDrawings = (state: object) => {
    const svgs = renderChartSvgs("exile-map", data, state, frozenChartContext("exile-map", locale));
    return ([360, 600] as const).map((width) => {
      const document = documentOf(width === 360 ? svgs.narrow : svgs.wide);
      const view = document.querySelector("svg.map-view")!.getAttribute("viewBox")!.split(" ").map(Number);
      return { width, document, view };
    });
  };

  test.each([{ name: "overview", state: {} }, ...stepsOf("exile-map")])(
    "the map's city labels never overlap one another, on a phone or a desktop ($name)",
    ({ state }) => {
      for (const { width, document } of mapDrawings(state)) {
        const boxes = mapLabelBoxes(document, width);
        expect(boxes.length).toBeGreaterThan(0);
        expect(overlappingPairs(boxes), String(width)).toEqual([]);
      }
    },
  );

  test.each([{ name: "overview", state: {} }, ...stepsOf("exile-map")])(
    "the map's labels are drawn at the full type size on screen, however far a step zooms ($name)",
    ({ state }) => {
      for (const { width, document, view } of mapDrawings(state)) {
        const onScreen = Number(document.querySelector(".map-labels")!.getAttribute("font-size")) / (view[2]! / width);
        expect(onScreen).toBeGreaterThanOrEqual(typeSize(width));
      }
    },
  );

  test.each(stepsOf("timeline"))("no two of the timeline's numbered markers overlap ($name)", ({ state }) => {
    for (const markup of Object.values(
      renderChartSvgs("timeline", data, state, frozenChartContext("timeline", locale)),
    )) {
      const markers = [...documentOf(markup).querySelectorAll(".timeline-marker circle")].map((circle) => ({
        x: Number(circle.getAttribute("cx")),
        y: Number(circle.getAttribute("cy")),
      }));
      for (const [i, a] of markers.entries())
        for (const b of markers.slice(i + 1))
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * layout.markerRadius);
    }
  });

  test.each([{ name: "overview", state: {} }, ...stepsOf("repression-abroad")])(
    "the repression-abroad chart wraps its lines to a phone's width ($name)",
    ({ state }) => {
      const markup = renderChartSvgs("repression-abroad", data, state, frozenChartContext("repression-abroad", locale));
      const narrow = documentOf(markup.narrow);
      expect(narrow.querySelector("svg")!.getAttribute("width")).toBe("360");
      const longest = Math.max(...[...narrow.querySelectorAll("text")].map((line) => (line.textContent ?? "").length));
      expect(longest).toBeLessThan(60);
    },
  );
});
