import { DOMParser } from "linkedom";
import { describe, expect, test } from "vitest";
import {
  politicalPrisonersChart,
  type PrisonerPoint,
  type PrisonersChartState,
} from "../../../src/lib/charts/politicalPrisonersChart.ts";
import { politicalPrisoners, prisonersChartText } from "../../../src/lib/charts/politicalPrisoners.ts";
import { renderToString } from "../../../src/lib/charts/renderToString.ts";
import { frozenChartContext as chartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const rows = frozenData.politicalPrisoners;
const releases = frozenData.releases;
const text = prisonersChartText(chartContext("political-prisoners"));
const render = (points: readonly PrisonerPoint[], width: number, state?: PrisonersChartState) =>
  renderToString((document) => politicalPrisonersChart(points, { width, document, text, state, releases }));
const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml") as unknown as Document;

describe("politicalPrisonersChart(rows, {width, document})", () => {
  test("shows only the dates a step asks for, and labels that step's own last count", () => {
    const labels = [
      ...parse(render(rows, 600, { to: "2021-12-31", highlight: ["latest"] })).querySelectorAll("text"),
    ].map((node) => node.textContent);
    expect(labels).toContain("at least 970");
    expect(labels).not.toContain("at least 1,140");
    expect(labels).not.toContain("2023");
  });

  test("keeps the y scale of the whole series in every step, so steps compare", () => {
    const ticks = (state: PrisonersChartState) =>
      [...parse(render(rows, 600, state)).querySelectorAll("text")].map((node) => node.textContent);
    expect(ticks({ from: "2020-07-01", to: "2020-12-31" })).toContain("1,500");
  });

  test("marks each release in view, with its count and event as a title", () => {
    const svg = parse(render(rows, 600, { from: "2024-01-01", releases: true }));
    const titles = [...svg.querySelectorAll("line title")].map((node) => node.textContent);
    expect(titles).toHaveLength(releases.filter((release) => release.date >= "2024-01-01").length);
    expect(titles[0]).toBe(`18 released: ${releases[0]!.event}`);
  });

  test("labels the peak and the latest count as lower bounds", () => {
    const labels = [...parse(render(rows, 600)).querySelectorAll("text")].map((node) => node.textContent);
    expect(labels).toContain("at least 1,517");
    expect(labels).toContain("at least 1,140");
  });

  test("gives every point a title with its value, date and source", () => {
    const titles = [...parse(render(rows, 360)).querySelectorAll("circle title")].map((node) => node.textContent);
    expect(titles).toContain("at least 1,140 · 5 March 2026 · Source: " + rows.at(-1)!.source_name);
    expect(titles.length).toBeGreaterThanOrEqual(rows.length);
  });

  test("is one accessible image: role and name on the root, no aria-label on plain groups, no inline style", () => {
    const svg = render(rows, 360);
    const doc = parse(svg);
    expect(doc.documentElement.getAttribute("role")).toBe("img");
    expect(doc.documentElement.getAttribute("aria-label")).toBe(text.label);
    expect(doc.querySelectorAll("g[aria-label]")).toHaveLength(0);
    expect(svg).not.toContain("<style");
  });

  test("follows the data: a new latest row moves the latest label and the axis domain", () => {
    const added = [...rows, { date: "2026-06-30", count: 2000, source_name: "Test source" }];
    const labels = [...parse(render(added, 600)).querySelectorAll("text")].map((node) => node.textContent);
    expect(labels).toContain("at least 2,000");
    expect(labels).not.toContain("at least 1,517");
    expect(labels).toContain("2,000");
  });

  test("stays small however long the series: a hundred times the points draw no more dots than the width allows", () => {
    const daily = Array.from({ length: 6400 }, (_, day) => ({
      date: new Date(Date.UTC(2008, 0, 1 + day)).toISOString().slice(0, 10),
      count: 1000 + ((day * 37) % 500),
      source_name: "Synthetic",
    }));
    const doc = parse(render(daily, 360));
    const dots = doc.querySelectorAll("circle title").length;
    expect(dots).toBeLessThanOrEqual(360 / 4 + 3);
    expect(dots).toBeGreaterThan(50);
    // The peak survives thinning, so its label is still the true maximum.
    const labels = [...doc.querySelectorAll("text")].map((node) => node.textContent);
    expect(labels).toContain(`at least ${Math.max(...daily.map((d) => d.count)).toLocaleString("en")}`);
  });

  test("is pure: the same input gives the same SVG, and the input is not changed", () => {
    const copy = structuredClone(rows);
    expect(render(rows, 360)).toBe(render(rows, 360));
    expect(rows).toEqual(copy);
  });
});

describe("politicalPrisoners.drawn(data, state)", () => {
  test("lists the counts in view with their sources, and the releases only when shown", () => {
    const drawn = politicalPrisoners.drawn(frozenData, { from: "2024-01-01", releases: true });
    expect(drawn.every((row) => row.date! >= "2024-01-01" && row.source_url)).toBe(true);
    expect(drawn.filter((row) => row.series === "released")).toHaveLength(releases.length);
    expect(politicalPrisoners.drawn(frozenData, { to: "2020-12-31" }).map((row) => row.series)).not.toContain(
      "released",
    );
  });
});
