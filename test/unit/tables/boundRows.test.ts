import { describe, expect, test } from "vitest";
import { boundRows } from "../../../src/lib/tables/boundRows.ts";

const byDate = (a: string, b: string) => a.localeCompare(b);

describe("boundRows", () => {
  test("boundRows(ranked, limit, order) keeps the first rows of the ranking and shows them in order", () => {
    const newestFirst = ["2026-03-05", "2026-02-01", "2026-01-10", "2025-12-31"];
    expect(boundRows(newestFirst, 2, byDate)).toEqual({ shown: ["2026-02-01", "2026-03-05"], total: 4 });
  });

  test("boundRows(ranked, limit) keeps the ranking's order when no reading order is given", () => {
    expect(boundRows(["c", "a", "b"], 2)).toEqual({ shown: ["c", "a"], total: 3 });
  });

  test("boundRows(rows, limit) leaves every row when there are no more than the limit", () => {
    const rows = ["2025-12-31", "2026-01-10"];
    expect(boundRows(rows, 2, byDate)).toEqual({ shown: rows, total: 2 });
    expect(boundRows(rows, 120).shown).toHaveLength(2);
  });

  test("boundRows(ranked, limit) neither changes the ranking it was given nor copies rows", () => {
    const row = { date: "2026-03-05" };
    const ranked = [{ date: "2026-01-10" }, row];
    const { shown } = boundRows(ranked, 1, (a, b) => a.date.localeCompare(b.date));
    expect(ranked.map((r) => r.date)).toEqual(["2026-01-10", "2026-03-05"]);
    expect(boundRows(ranked, 2).shown[1]).toBe(row);
    expect(shown).toEqual([{ date: "2026-01-10" }]);
  });
});
