import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import type { DestinationRow } from "../../../src/lib/data/exileFigures.ts";
import { latestDestinationsCsv } from "../../../src/lib/tables/latestDestinationsCsv.ts";

const row = (over: Partial<DestinationRow>): DestinationRow => ({
  country: "Poland",
  iso3: "POL",
  iso_numeric: "616",
  metric: "residence_permits_valid",
  period: "2025-12-31",
  value: 1000,
  source_url: "https://example.org/pl",
  source_name: "Office for Foreigners",
  note: undefined,
  ...over,
});

describe("latestDestinationsCsv", () => {
  test("latestDestinationsCsv(rows) lists each country's latest figure per series, with the file's columns", () => {
    const csv = latestDestinationsCsv([
      row({ period: "2020-08-31", value: 28000 }),
      row({ period: "2024-12-31", value: 67000, note: "valid permits" }),
      row({ metric: "asylum_applications", period: "2023", value: 210 }),
      row({ country: "Georgia", iso3: "GEO", iso_numeric: "268", metric: "net_migration", period: "2022", value: 9 }),
      // An aggregate row has no country codes: it is not in the table, so not in this file either.
      row({ country: "European Union", iso3: undefined, iso_numeric: undefined, value: 5 }),
    ]);
    const [header] = csv.split("\r\n");
    expect(header).toBe("country,iso3,iso_numeric,metric,period,value,source_url,source_name,note");
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(parsed.map((r) => [r.iso3, r.metric, r.period, r.value, r.note])).toEqual([
      ["GEO", "net_migration", "2022", "9", ""],
      ["POL", "asylum_applications", "2023", "210", ""],
      ["POL", "residence_permits_valid", "2024-12-31", "67000", "valid permits"],
    ]);
  });

  test("latestDestinationsCsv(rows) defuses cells a spreadsheet would run as a formula", () => {
    const csv = latestDestinationsCsv([row({ source_name: '=HYPERLINK("https://example.org")', note: "+1 more" })]);
    const [parsed] = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(parsed?.source_name).toBe('\'=HYPERLINK("https://example.org")');
    expect(parsed?.note).toBe("'+1 more");
  });
});
