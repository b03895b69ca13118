import { describe, expect, test } from "vitest";
import { exileMap, exileMapStateSchema, exileMapText } from "../../../src/lib/charts/exileMap.ts";
import { mappable, periodTime, seriesRows } from "../../../src/lib/data/exileFigures.ts";
import { fill } from "../../../src/lib/i18n/format.ts";
import { frozenChartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const context = frozenChartContext("exile-map");
const text = exileMapText(context);
const state = (input: object = {}) => exileMapStateSchema.parse(input);

describe("exileMapText(context)", () => {
  test("takes the words from the chart copy and the formats from the edition", () => {
    expect(text.label).toBe(context.copy.title);
    expect(text.belarus).toBe(context.copy.labels.belarus);
    expect(text.number(1206)).toBe(context.format.number(1206));
    expect(text.source).toBe(context.ui.source);
    expect(text.period("2023")).toBe("2023");
    expect(text.period("2023-05-01")).toBe(context.format.date("2023-05-01"));
  });

  test("fills the copy's slots", () => {
    expect(text.circles("permits", "2020", "2024")).toBe(
      fill(context.copy.labels.circles!, { metric: "permits", from: "2020", to: "2024" }),
    );
    expect(text.offMap("Canada")).toContain("Canada");
    expect(text.noFigure("Latvia", "asylum")).toContain("Latvia");
    expect(text.upTo("5")).toContain("5");
    expect(text.atLeast("7")).toContain("7");
  });
});

describe("exileMap.drawn(data, state)", () => {
  test("lists each drawn figure once, each with its source, only of the step's series", () => {
    const rows = exileMap.drawn(frozenData, state());
    expect(rows.length).toBeGreaterThan(0);
    const keys = rows.map((row) => JSON.stringify(row));
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of rows) expect(row.source_url).toMatch(/^https?:\/\//);
    const metrics = new Set(rows.map((row) => row.metric));
    // Hatched countries are listed with their other series' figure, so other metrics may appear,
    // but the step's series is always among them.
    expect(metrics.has("residence_permits_valid")).toBe(true);
    expect(rows.some((row) => "estimate_low" in row)).toBe(false);
  });

  test("adds a country's whole series when the step shows one, and the estimates when asked", () => {
    const latest = mappable(frozenData.exileDestinations);
    const { iso3, metric } = latest[0]!;
    const series = seriesRows(latest, iso3, metric);
    const rows = exileMap.drawn(frozenData, state({ series: { country: iso3, metric }, estimates: true }));
    for (const point of series) {
      expect(rows.some((row) => row.iso3 === iso3 && row.metric === metric && row.period === point.period)).toBe(true);
    }
    expect(rows.filter((row) => "estimate_low" in row)).toHaveLength(frozenData.emigrationEstimates.length);
  });
});

describe("exileMap.source(data, state, context)", () => {
  test("dates the source line by the newest figure drawn", () => {
    const rows = exileMap.drawn(frozenData, state());
    const newest = rows
      .map((row) => String(row.period))
      .sort((a, b) => periodTime(a) - periodTime(b))
      .at(-1)!;
    const line = exileMap.source(frozenData, state(), context);
    expect(line.startsWith(`${context.ui.source} `)).toBe(true);
    expect(line).toContain(text.period(newest));
    expect(line).toContain(context.copy.sourceOrganisation!);
  });

  test("is empty when nothing is drawn", () => {
    const empty = { ...frozenData, exileDestinations: [], emigrationEstimates: [] };
    expect(exileMap.source(empty, state(), context)).toBe("");
  });
});

describe("exileMapStateSchema", () => {
  test("defaults to every country and the valid residence permits; refuses a malformed code", () => {
    expect(state()).toEqual({ focus: [], metric: "residence_permits_valid" });
    expect(() => state({ focus: ["pol"] })).toThrow();
    expect(() => state({ colour: "red" })).toThrow();
  });
});
