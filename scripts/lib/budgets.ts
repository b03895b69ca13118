/**
 * The benchmark's verdicts: each measurement against its budget, as a Markdown table. Pure, so the
 * unit tests can check the formatting and the pass/fail rules without a browser.
 */

/** A measured value and the limit it must stay within: at most (`max`) or at least (`min`). */
export interface Budget {
  name: string;
  value: number | null;
  unit: string;
  max?: number;
  min?: number;
}

/** Whether a measurement keeps its budget; a missing value (a run that failed) never does. */
export function withinBudget(budget: Budget): boolean {
  if (budget.value === null || Number.isNaN(budget.value)) return false;
  if (budget.max !== undefined && budget.value > budget.max) return false;
  if (budget.min !== undefined && budget.value < budget.min) return false;
  return true;
}

/** Rounds for display: whole numbers above 10, otherwise up to three decimals (CLS is 0.001-scale). */
const show = (value: number | null, unit: string) =>
  value === null
    ? "missing"
    : `${Math.abs(value) >= 10 ? Math.round(value) : Number(value.toFixed(3))}${unit ? ` ${unit}` : ""}`;

/** The budgets as a Markdown table, and whether any was missed. */
export function budgetTable(budgets: readonly Budget[]): { table: string; over: boolean } {
  const rows = budgets.map((budget) => {
    const limit = [
      budget.min === undefined ? "" : `≥ ${show(budget.min, budget.unit)}`,
      budget.max === undefined ? "" : `≤ ${show(budget.max, budget.unit)}`,
    ]
      .filter(Boolean)
      .join(", ");
    const ok = withinBudget(budget);
    return { ok, line: `| ${budget.name} | ${show(budget.value, budget.unit)} | ${limit} | ${ok ? "ok" : "OVER"} |` };
  });
  const table = ["| measure | value | budget | |", "| --- | ---: | ---: | --- |", ...rows.map((row) => row.line)].join(
    "\n",
  );
  return { table: `${table}\n`, over: rows.some((row) => !row.ok) };
}
