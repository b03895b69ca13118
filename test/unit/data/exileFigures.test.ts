import { describe, expect, test } from "vitest";
import {
  latestByCountryAndMetric,
  mappable,
  periodTime,
  seriesRows,
  type DestinationRow,
  type MappableRow,
} from "../../../src/lib/data/exileFigures.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const row = (over: Partial<MappableRow>): MappableRow =>
  ({ ...frozenData.exileDestinations.find((r) => r.iso3 !== undefined)!, ...over }) as MappableRow;

describe("periodTime(period)", () => {
  test("places a date at its own midnight, UTC", () => {
    expect(periodTime("2024-03-31")).toBe(Date.UTC(2024, 2, 31));
  });

  test("places a year at its middle, 1 July, so it is drawn neither early nor late", () => {
    expect(periodTime("2023")).toBe(Date.UTC(2023, 6, 1));
    expect(periodTime("2023")).toBeGreaterThan(periodTime("2023-06-30"));
    expect(periodTime("2023")).toBeLessThan(periodTime("2023-07-02"));
  });
});

describe("mappable(rows)", () => {
  test("keeps only rows with both country codes, as the frozen data's aggregate rows lack them", () => {
    const rows = frozenData.exileDestinations;
    const kept = mappable(rows);
    expect(kept.length).toBeGreaterThan(0);
    for (const r of kept) expect(r.iso3 && r.iso_numeric).toBeTruthy();
    const dropped = rows.filter((r) => !kept.includes(r as MappableRow));
    for (const r of dropped) expect(r.iso3 === undefined || r.iso_numeric === undefined).toBe(true);
  });

  test("drops a row missing either code", () => {
    const base = row({});
    const noIso3 = { ...base, iso3: undefined } as DestinationRow;
    const noNumeric = { ...base, iso_numeric: undefined } as DestinationRow;
    expect(mappable([base, noIso3, noNumeric])).toEqual([base]);
  });
});

describe("latestByCountryAndMetric(rows)", () => {
  test("keeps the newest row of each country and metric, comparing years and dates as times", () => {
    const rows = [
      row({ iso3: "POL", country: "Poland", metric: "residence_permits", period: "2022" }),
      row({ iso3: "POL", country: "Poland", metric: "residence_permits", period: "2023-12-31" }),
      row({ iso3: "POL", country: "Poland", metric: "residence_permits", period: "2023" }),
      row({ iso3: "POL", country: "Poland", metric: "asylum", period: "2021" }),
      row({ iso3: "LTU", country: "Lithuania", metric: "residence_permits", period: "2020" }),
    ];
    expect(latestByCountryAndMetric(rows).map((r) => `${r.iso3} ${r.metric} ${r.period}`)).toEqual([
      "LTU residence_permits 2020",
      "POL asylum 2021",
      "POL residence_permits 2023-12-31",
    ]);
  });

  test("on the frozen data, gives one row per country and metric, each the newest of its series", () => {
    const rows = mappable(frozenData.exileDestinations);
    const latest = latestByCountryAndMetric(rows);
    const keys = latest.map((r) => `${r.iso3}|${r.metric}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(new Set(rows.map((r) => `${r.iso3}|${r.metric}`)));
    for (const r of latest) {
      for (const other of seriesRows(rows, r.iso3, r.metric)) expect(periodTime(other.period)).toBeLessThanOrEqual(periodTime(r.period));
    }
  });
});

describe("seriesRows(rows, iso3, metric)", () => {
  test("gives one country's series, oldest first", () => {
    const rows = [
      row({ iso3: "POL", metric: "m", period: "2024-01-31" }),
      row({ iso3: "POL", metric: "m", period: "2022" }),
      row({ iso3: "POL", metric: "other", period: "2021" }),
      row({ iso3: "LTU", metric: "m", period: "2020" }),
      row({ iso3: "POL", metric: "m", period: "2023-05-01" }),
    ];
    expect(seriesRows(rows, "POL", "m").map((r) => r.period)).toEqual(["2022", "2023-05-01", "2024-01-31"]);
    expect(seriesRows(rows, "DEU", "m")).toEqual([]);
  });
});
