import { describe, expect, test } from "vitest";
import { budgetTable, withinBudget } from "../../../scripts/lib/budgets.ts";
import { median } from "../../../scripts/lib/timedBuild.ts";

describe("the benchmark's budgets (scripts/lib/budgets.ts)", () => {
  test("median(values) takes the middle value, or the mean of the middle two", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test("withinBudget(budget) checks an upper limit, a lower limit, or both, and fails a missing value", () => {
    expect(withinBudget({ name: "LCP", value: 1500, unit: "ms", max: 1500 })).toBe(true);
    expect(withinBudget({ name: "LCP", value: 1501, unit: "ms", max: 1500 })).toBe(false);
    expect(withinBudget({ name: "score", value: 97, unit: "", min: 98 })).toBe(false);
    expect(withinBudget({ name: "score", value: 100, unit: "", min: 100, max: 100 })).toBe(true);
    expect(withinBudget({ name: "score", value: null, unit: "", min: 100 })).toBe(false);
  });

  test("budgetTable(budgets) prints a Markdown row per budget and says whether any was missed", () => {
    const { table, over } = budgetTable([
      { name: "CLS (median)", value: 0.0042, unit: "", max: 0.01 },
      { name: "JS (gzip)", value: 61_234, unit: "B", max: 60_000 },
      { name: "accessibility", value: null, unit: "", min: 100 },
    ]);
    expect(table).toBe(
      [
        "| measure | value | budget | |",
        "| --- | ---: | ---: | --- |",
        "| CLS (median) | 0.004 | ≤ 0.01 | ok |",
        "| JS (gzip) | 61234 B | ≤ 60000 B | OVER |",
        "| accessibility | missing | ≥ 100 | OVER |",
        "",
      ].join("\n"),
    );
    expect(over).toBe(true);
    expect(budgetTable([{ name: "x", value: 1, unit: "", max: 2 }]).over).toBe(false);
  });
});
