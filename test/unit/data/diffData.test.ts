import { describe, expect, test } from "vitest";
import { politicalPrisoners, timeline } from "../../../src/lib/data/datasets.ts";
import { describeDiff, latestCountLine } from "../../../src/lib/data/describeDiff.ts";
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

describe("describeDiff(diff) and latestCountLine(before, after)", () => {
  test("say what a reader will see change, in plain words", () => {
    const before = [count("2025-12-31", "1131")];
    const after = [count("2025-12-31", "1131", "https://reform.news/b"), count("2026-03-05", "1140")];
    expect(latestCountLine(before, after)).toBe("political prisoners: 1,131 (31 Dec 2025) → 1,140 (5 Mar 2026), +9");
    expect(describeDiff(diffDataset(politicalPrisoners, before, after))).toEqual([
      "political prisoners: 1 new count",
      "  + 2026-03-05: 1140",
      "political prisoners: 1 source changed",
      "  ~ 2025-12-31: 1131",
    ]);
  });

  test("count a removed event as removed, and say nothing when nothing changed", () => {
    const event = { date: "2021-05-23", title: "Ryanair flight forced to Minsk", category: "arrest" };
    expect(describeDiff(diffDataset(timeline, [event], []))).toEqual([
      "timeline: 1 event removed",
      "  − 2021-05-23: Ryanair flight forced to Minsk",
    ]);
    expect(describeDiff(diffDataset(timeline, [event], [event]))).toEqual([]);
    expect(latestCountLine([count("2025-12-31", "1131")], [count("2025-12-31", "1131")])).toBeUndefined();
  });
});
