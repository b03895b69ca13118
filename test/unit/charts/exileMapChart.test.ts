import { Resvg } from "@resvg/resvg-js";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { exileMap, exileMapStateSchema } from "../../../src/lib/charts/exileMap.ts";
import { sharedGeometry } from "../../../src/lib/charts/exileGeometry.ts";
import { placeCountries } from "../../../src/lib/charts/exileMapPlacement.ts";
import { themeColours } from "../../../src/lib/charts/palette.ts";
import { renderChartSvgs } from "../../../src/lib/charts/registry.ts";
import type { StoryData } from "../../../src/lib/data/storyData.ts";
import { standaloneSvg } from "../../../src/lib/embeds/standaloneSvg.ts";
import { frozenChartContext as chartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";
import { mapLabelBoxes, overlappingPairs } from "../../helpers/mapLabelBoxes.ts";

const context = chartContext("exile-map");
const geometry = sharedGeometry();

/** The frozen data with extra destination rows, as an editor would append them. */
function withRows(...rows: Partial<StoryData["exileDestinations"][number]>[]): StoryData {
  const base = {
    metric: "residence_permits_valid",
    source_url: "https://example.org/",
    source_name: "Example office",
    note: undefined,
  };
  return {
    ...frozenData,
    exileDestinations: [
      ...frozenData.exileDestinations,
      ...rows.map((row) => ({ ...base, ...row }) as StoryData["exileDestinations"][number]),
    ],
  };
}

/** The step's map at a width, as a DOM to query. */
function draw(data: StoryData, state: object = {}, width = 600) {
  const svgs = renderChartSvgs("exile-map", data, state, context);
  const { document } = parseHTML(`<div>${width === 360 ? svgs.narrow : svgs.wide}</div>`);
  return document;
}
const circleRadius = (document: Document, iso3: string) =>
  Number(document.querySelector(`circle.symbol[data-country="${iso3}"]`)?.getAttribute("r"));

describe("the exile map", () => {
  test("a new destination row with a valid code appears as a circle, in the legend's domain and the drawn rows", () => {
    const before = draw(frozenData);
    expect(before.querySelector('[data-country="SVK"]')).toBeNull();
    // Larger than any country's figure, so it must become the top of the size scale.
    const largest = Math.max(...frozenData.exileDestinations.map((row) => row.value));
    const data = withRows({
      country: "Slovakia",
      iso3: "SVK",
      iso_numeric: "703",
      period: "2025-12-31",
      value: largest + 1,
    });
    const after = draw(data);
    const circle = after.querySelector('circle.symbol[data-country="SVK"]');
    expect(circle?.querySelector("title")?.textContent).toContain(`Slovakia: ${context.format.number(largest + 1)}`);
    expect(after.querySelector(".map-legend")?.textContent).toContain("(Slovakia)");
    // The scale's domain follows the data: Poland's circle shrinks when a larger figure arrives.
    expect(circleRadius(after, "POL")).toBeLessThan(circleRadius(before, "POL"));
    expect(exileMap.drawn(data, exileMapStateSchema.parse({})).map((row) => row.iso3)).toContain("SVK");
  });

  test("a country outside the map's frame is named in the legend, never dropped", () => {
    const data = withRows({ country: "United States", iso3: "USA", iso_numeric: "840", period: "2024", value: 4000 });
    expect(placeCountries(data.exileDestinations, geometry, "residence_permits_valid").offMap).toEqual([
      { iso3: "USA", country: "United States" },
    ]);
    // The legend wraps to the width, so its lines are read as one text, a line break as a space.
    const legend = [...draw(data, {}, 360).querySelectorAll(".map-legend text")].map((line) => line.textContent);
    expect(legend.join(" ")).toContain("United States");
    expect(exileMap.drawn(data, exileMapStateSchema.parse({})).map((row) => row.iso3)).toContain("USA");
  });

  test("a country whose figures are all in another series is hatched and says so, never sized", () => {
    const document = draw(frozenData);
    expect(document.querySelector('circle.symbol:not(.other)[data-country="GEO"]')).toBeNull();
    const ring = document.querySelector('circle.symbol.other[data-country="GEO"]');
    expect(ring?.querySelector("title")?.textContent).toMatch(/^Georgia: no figure for /);
    const georgia = geometry.countries.find((country) => country.id === "268")!;
    expect(document.querySelector(`path.other-only[d="${georgia.d}"]`)?.getAttribute("fill")).toMatch(/^url\(#/);
    expect(document.querySelector(".map-legend")?.textContent).toContain("Georgia");
  });

  test("the circles compare only the step's series, and a step may choose another", () => {
    const permits = placeCountries(frozenData.exileDestinations, geometry, "residence_permits_valid").placed;
    const crossings = placeCountries(frozenData.exileDestinations, geometry, "border_net_stayers").placed;
    for (const place of [...permits, ...crossings]) expect(place.figure === undefined).toBe(place.other !== undefined);
    expect(permits.flatMap((p) => (p.figure ? [p.figure.metric] : []))).not.toContain("border_net_stayers");
    expect(
      crossings
        .filter((p) => p.figure)
        .map((p) => p.iso3)
        .sort(),
    ).toEqual(["GEO", "UKR"]);
  });

  test("every step draws the same shapes; only the view and the marks differ", () => {
    const poland = draw(frozenData, { focus: ["POL"] });
    const overview = draw(frozenData);
    const shapes = (document: Document) =>
      [...document.querySelectorAll(".map-land path")].map((p) => p.getAttribute("d"));
    expect(shapes(poland)).toEqual(shapes(overview));
    const view = (document: Document) => document.querySelector("svg.map-view")?.getAttribute("viewBox");
    expect(view(poland)).not.toEqual(view(overview));
    expect(view(poland)).toBe(poland.querySelector("svg.map-view")?.getAttribute("data-view"));
  });

  test("hub labels never overlap one another on a phone", () => {
    for (const state of [{}, { focus: ["POL"] }, { focus: ["LTU"] }]) {
      const boxes = mapLabelBoxes(draw(frozenData, state, 360), 360, 0.58);
      expect(boxes.length).toBeGreaterThan(1);
      expect(overlappingPairs(boxes), JSON.stringify(state)).toEqual([]);
    }
  });

  test("escapes text from the data", () => {
    const data = withRows({
      country: 'Evil <script>alert("x")</script>',
      iso3: "SVK",
      iso_numeric: "703",
      period: "2025",
      value: 5,
    });
    const svg = renderChartSvgs("exile-map", data, {}, context).wide;
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
  });

  test("draws the published estimates as given: one-sided ones are not turned into ranges", () => {
    const document = draw(frozenData, { estimates: true });
    const estimates = [...document.querySelectorAll(".map-estimates g.estimate")];
    expect(estimates).toHaveLength(frozenData.emigrationEstimates.length);
    const oneSided = frozenData.emigrationEstimates.filter(
      (row) => (row.estimate_low === undefined) !== (row.estimate_high === undefined),
    );
    expect(document.querySelectorAll(".estimate-range.open")).toHaveLength(oneSided.length);
  });

  test("its downloaded SVG and PNG are drawn in the light theme's map colours from palette.ts", () => {
    const { areas, series } = themeColours.light.map;
    const chart = renderChartSvgs("exile-map", frozenData, { focus: ["GEO"] }, context).wide;
    const svg = standaloneSvg({ chart, title: "Map", source: "Source" });
    const { document } = parseHTML(`<div>${svg}</div>`);
    const colour = (selector: string, attribute: "fill" | "stroke") => {
      const elements = [...document.querySelectorAll(selector)];
      expect(elements.length, selector).toBeGreaterThan(0);
      return [...new Set(elements.map((element) => element.getAttribute(attribute)))];
    };
    expect(colour(".map-sea", "fill")).toEqual([areas.sea]);
    expect(colour(".country:not(.other-only, .has-figure, .is-belarus)", "fill")).toEqual([areas.land]);
    expect(colour(".country:not(.is-focus)", "stroke")).toEqual([areas["land-stroke"]]);
    expect(colour(".country.has-figure:not(.is-belarus)", "fill")).toEqual([areas.figure]);
    expect(colour(".country.is-belarus", "fill")).toEqual([series.belarus]);
    expect(colour("circle.symbol:not(.other), .flow:not(.other), .series-line", "stroke")).toEqual([series.symbol]);
    expect(colour("circle.symbol.other, .flow.other, .hatch-line", "stroke")).toEqual([series.other]);
    expect(colour("circle.hub", "stroke")).toEqual([series.hub]);
    // resvg, which draws the PNGs, paints the areas in exactly these colours.
    const { pixels } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const painted = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4) {
      painted.add(`#${[...pixels.subarray(i, i + 3)].map((byte) => byte.toString(16).padStart(2, "0")).join("")}`);
    }
    for (const area of [areas.sea, areas.land, areas.figure, series.belarus]) expect(painted, area).toContain(area);
  });
});
