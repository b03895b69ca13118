import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { exileMapText } from "../../../src/lib/charts/exileMap.ts";
import { mapType } from "../../../src/lib/charts/exileMapLayout.ts";
import { mapLegend } from "../../../src/lib/charts/exileMapLegend.ts";
import type { Placed } from "../../../src/lib/charts/exileMapPlacement.ts";
import { svgMaker } from "../../../src/lib/charts/svgElement.ts";
import type { MappableRow } from "../../../src/lib/data/exileFigures.ts";
import { frozenChartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const text = exileMapText(frozenChartContext("exile-map"));
const base = frozenData.exileDestinations.find((r) => r.iso3 !== undefined) as MappableRow;
const figure = (country: string, value: number, period: string): MappableRow => ({ ...base, country, value, period });
const placed = (country: string, over: Partial<Placed>): Placed => ({
  iso3: country.slice(0, 3).toUpperCase(),
  iso_numeric: "000",
  country,
  anchor: [0, 0],
  ...over,
});
const draw = (options: { placed: Placed[]; offMap?: { iso3: string; country: string }[]; width?: number }) => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const el = svgMaker(document as unknown as Document);
  const root = el("svg");
  const bottom = mapLegend(
    el,
    root,
    {
      offMap: [],
      radius: (v) => Math.sqrt(v),
      hatchId: "h1",
      metric: "residence_permits_valid",
      text,
      width: 600,
      type: mapType(options.width ?? 600),
      ...options,
    },
    100,
  );
  return { root, bottom, words: [...root.querySelectorAll("text")].map((t) => t.textContent).join(" ") };
};

describe("mapLegend(el, root, options, top)", () => {
  test("shows the largest circle with its figure and country, and the series' date range", () => {
    const { root, words } = draw({
      placed: [
        placed("Poland", { figure: figure("Poland", 400, "2024-01-01") }),
        placed("Lithuania", { figure: figure("Lithuania", 900, "2022") }),
        placed("Latvia", { figure: figure("Latvia", 100, "2025-06-30") }),
      ],
    });
    const circle = root.querySelector("circle.symbol")!;
    expect(circle.getAttribute("r")).toBe("30");
    expect(words).toContain(`${text.number(900)} (Lithuania)`);
    expect(words).toContain(
      text.circles(text.metric("residence_permits_valid"), text.period("2022"), text.period("2025-06-30")),
    );
  });

  test("names the hatched countries, with figures in other series only, beside a hatched swatch", () => {
    const { root, words } = draw({
      placed: [
        placed("Georgia", { other: figure("Georgia", 5, "2023") }),
        placed("Armenia", { other: figure("Armenia", 5, "2023") }),
      ],
    });
    expect(root.querySelector("circle")).toBeNull();
    expect(root.querySelector("rect.swatch")!.getAttribute("fill")).toBe("url(#h1-legend)");
    expect(root.querySelector("pattern")!.getAttribute("id")).toBe("h1-legend");
    expect(words).toContain(`${text.otherOnly} Georgia, Armenia.`);
  });

  test("on a phone, leaves the hatched countries' names to the table", () => {
    const { words } = draw({
      placed: [
        placed("Georgia", { other: figure("Georgia", 5, "2023") }),
        placed("Armenia", { other: figure("Armenia", 5, "2023") }),
      ],
      width: 360,
    });
    expect(words).toBe(text.otherOnlyUnnamed);
    expect(words).not.toContain("Georgia");
  });

  test("names the countries outside the map", () => {
    const { words } = draw({
      placed: [],
      offMap: [
        { iso3: "CAN", country: "Canada" },
        { iso3: "USA", country: "United States" },
      ],
    });
    expect(words).toBe(text.offMap("Canada, United States"));
  });

  test("says nothing, and takes no room, when there is nothing to explain", () => {
    const { root, bottom } = draw({ placed: [placed("Poland", {})] });
    expect(bottom).toBe(100);
    expect(root.querySelector("g.map-legend")!.children.length).toBe(0);
  });

  test("each part moves the bottom down", () => {
    const one = draw({ placed: [placed("Poland", { figure: figure("Poland", 400, "2024") })] }).bottom;
    const two = draw({
      placed: [
        placed("Poland", { figure: figure("Poland", 400, "2024") }),
        placed("Georgia", { other: figure("Georgia", 5, "2023") }),
      ],
    }).bottom;
    expect(one).toBeGreaterThan(100);
    expect(two).toBeGreaterThan(one);
  });
});
