import { describe, expect, test } from "vitest";
import { exileDestinations, politicalPrisoners, timeline } from "../../../src/lib/data/datasets.ts";
import { describeDiff, latestCountLine } from "../../../src/lib/data/describeDiff.ts";
import { diffDataset, type DatasetDiff } from "../../../src/lib/data/diffData.ts";

const count = (date: string, value: string, source_url = "https://spring96.org/a") => ({
  date,
  count: value,
  women: "",
  source_url,
  source_name: "Viasna",
  note: "",
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

describe("latestCountLine(before, after)", () => {
  test("compares the latest rows by date, whatever their order in the file", () => {
    const before = [count("2025-12-31", "1131"), count("2025-06-30", "1200")];
    const after = [count("2026-03-05", "1100"), ...before];
    expect(latestCountLine(before, after)).toBe("political prisoners: 1,131 (31 Dec 2025) → 1,100 (5 Mar 2026), −31");
  });

  test("gives the new count alone when there was none before, and nothing when there is none now", () => {
    expect(latestCountLine([], [count("2026-03-05", "1140")])).toBe("political prisoners: 1,140 (5 Mar 2026)");
    expect(latestCountLine([count("2026-03-05", "1140")], [])).toBeUndefined();
  });

  test("a corrected latest count on the same date is a change of zero or more", () => {
    expect(latestCountLine([count("2026-03-05", "1140")], [count("2026-03-05", "1140")])).toBeUndefined();
    expect(latestCountLine([count("2026-03-05", "1140")], [count("2026-03-05", "1142")])).toMatch(/, \+2$/);
  });
});

describe("describeDiff(diff): counts, nouns and changed values", () => {
  test("uses the plural noun and lists each changed value with its old and new text", () => {
    const before = [count("2025-12-31", "1131"), count("2025-12-23", "1135")];
    const after = [count("2025-12-31", "1130"), count("2025-12-23", "1136")];
    expect(describeDiff(diffDataset(politicalPrisoners, before, after))).toEqual([
      "political prisoners: 2 counts changed",
      '  ~ 2025-12-31: 1130 (count: "1131" → "1130")',
      '  ~ 2025-12-23: 1136 (count: "1135" → "1136")',
    ]);
  });

  test("a row whose value and source both changed is listed under both, values first", () => {
    const before = [count("2025-12-31", "1131")];
    const after = [count("2025-12-31", "1130", "https://reform.news/b")];
    expect(describeDiff(diffDataset(politicalPrisoners, before, after))).toEqual([
      "political prisoners: 1 count changed",
      '  ~ 2025-12-31: 1130 (count: "1131" → "1130")',
      "political prisoners: 1 source changed",
      "  ~ 2025-12-31: 1130",
    ]);
  });

  test("names a destination row by country, metric and period", () => {
    const row = { country: "Lithuania", iso3: "LTU", metric: "asylum", period: "2024", value: "10" };
    expect(describeDiff(diffDataset(exileDestinations, [], [row, { ...row, period: "2025" }]))).toEqual([
      "exile destinations: 2 new figures",
      "  + Lithuania, asylum, 2024: 10",
      "  + Lithuania, asylum, 2025: 10",
    ]);
  });

  test("a file it has no words for is described by its name and rows", () => {
    const diff: DatasetDiff = { ...diffDataset(timeline, [], [{ date: "x" }]), dataset: "future-file" } as DatasetDiff;
    expect(describeDiff(diff)).toEqual(["future-file: 1 new row", "  + "]);
  });
});
