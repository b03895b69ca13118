import { describe, expect, test } from "vitest";
import { freshness, freshnessLines, STALE_AFTER_DAYS } from "../../../src/lib/data/freshness.ts";

const counts = [{ date: "2025-12-31" }, { date: "2026-03-05" }, { date: "2025-05-01" }];

describe("freshness(rows, today) and freshnessLines()", () => {
  test("give the latest count's date and its age in days on the injected day, without a warning when recent", () => {
    const fresh = freshness(counts, "2026-04-14");
    expect(fresh).toEqual({ date: "2026-03-05", ageDays: 40, stale: false });
    expect(freshnessLines(fresh)).toEqual(["latest political-prisoner count: 2026-03-05, 40 days old"]);
  });

  test(`warn, without failing, when the latest count is more than ${STALE_AFTER_DAYS} days old`, () => {
    expect(freshness(counts, "2026-05-04")).toMatchObject({ ageDays: 60, stale: false });
    const fresh = freshness(counts, "2026-11-30");
    expect(fresh).toEqual({ date: "2026-03-05", ageDays: 270, stale: true });
    const lines = freshnessLines(fresh);
    expect(lines[0]).toBe("latest political-prisoner count: 2026-03-05, 270 days old");
    expect(lines[1]).toMatch(/^warning: the latest political-prisoner count is older than 60 days\./);
  });

  test("say so when there is no count at all", () => {
    expect(freshnessLines(freshness([], "2026-11-30"))).toEqual(["latest political-prisoner count: none in political-prisoners.csv"]);
  });
});
