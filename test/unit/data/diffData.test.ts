import { describe, expect, test } from "vitest";
import { politicalPrisoners } from "../../../src/lib/data/datasets.ts";
import { diffDataset } from "../../../src/lib/data/diffData.ts";

const count = (date: string, value: string, source_url = "https://spring96.org/a") => ({
  date,
  count: value,
  women: "",
  source_url,
  source_name: "Viasna",
  note: "",
});

describe("diffDataset(dataset, before, after)", () => {
  test("matches rows by key and finds added, removed and changed rows", () => {
    const before = [count("2025-12-31", "1131"), count("2025-12-23", "1135"), count("2025-09-26", "1184")];
    const after = [count("2025-12-31", "1130"), count("2025-12-23", "1135"), count("2026-03-05", "1140")];
    const diff = diffDataset(politicalPrisoners, before, after);
    expect(diff.added.map((row) => row.date)).toEqual(["2026-03-05"]);
    expect(diff.removed.map((row) => row.date)).toEqual(["2025-09-26"]);
    expect(diff.changed).toEqual([
      { key: "2025-12-31", row: after[0], cells: [{ column: "count", from: "1131", to: "1130" }] },
    ]);
  });
});
