import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { drawnCsv } from "../../../src/lib/data/drawnCsv.ts";

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true }).data;

describe("drawnCsv", () => {
  test("writes every row with one header that unites the rows' columns, in order of appearance", () => {
    const csv = drawnCsv([
      { date: "2020-07-31", value: 24, source_name: "Viasna, monthly", source_url: "https://example.org/a" },
      {
        date: "2020-08-09",
        series: "women",
        value: 5,
        source_name: 'A "quoted" name',
        source_url: "https://example.org/b",
      },
    ]);
    expect(csv.split("\r\n")[0]).toBe("date,value,source_name,source_url,series");
    expect(parse(csv)).toEqual([
      {
        date: "2020-07-31",
        value: "24",
        source_name: "Viasna, monthly",
        source_url: "https://example.org/a",
        series: "",
      },
      {
        date: "2020-08-09",
        value: "5",
        source_name: 'A "quoted" name',
        source_url: "https://example.org/b",
        series: "women",
      },
    ]);
  });

  test("defuses text a spreadsheet would run as a formula, but keeps negative numbers as numbers", () => {
    const rows = ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tx"].map((text, index) => ({
      date: "2024-01-01",
      value: -index,
      source_name: text,
      source_url: "https://example.org/",
    }));
    const parsed = parse(drawnCsv(rows));
    parsed.forEach((row, index) => {
      expect(row.source_name).toBe(`'${rows[index]!.source_name}`);
      expect(row.value).toBe(String(-index));
    });
  });
});
