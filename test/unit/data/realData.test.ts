import { readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { datasets, emigrationEstimates, exileDestinations } from "../../../src/lib/data/datasets.ts";
import { formatProblem } from "../../../src/lib/data/problem.ts";
import { validateDataFile } from "../../../src/lib/data/validateDataDir.ts";

describe("every real file in data/ passes its schema", () => {
  test("data/ holds exactly one CSV per dataset", () => {
    const files = readdirSync("data").filter((name) => name.endsWith(".csv"));
    expect(files.sort()).toEqual(datasets.map((dataset) => `${dataset.name}.csv`).sort());
  });

  for (const dataset of datasets) {
    test(`data/${dataset.name}.csv is valid and not empty`, () => {
      const { rows, problems } = validateDataFile(dataset, "data");
      expect(problems.map(formatProblem)).toEqual([]);
      expect(rows.length).toBeGreaterThan(0);
      // Every row names its source, whatever the dataset.
      for (const { raw } of rows) expect(raw.source_url).toMatch(/^https?:\/\//);
    });
  }

  test("country codes stay text with their leading zeros", () => {
    const { rows } = validateDataFile(exileDestinations, "data");
    const belgium = rows.find((row) => row.value.country === "Belgium");
    expect(belgium?.value.iso_numeric).toBe("056");
  });

  test("month-precision estimate dates stay month-precision", () => {
    const { rows } = validateDataFile(emigrationEstimates, "data");
    expect(rows.map((row) => row.value.date)).toContain("2021-10");
  });
});
