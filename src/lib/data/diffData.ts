import type { Dataset } from "./dataset.ts";

/** A cell that differs between two versions of the same row. */
export interface CellChange {
  column: string;
  from: string;
  to: string;
}

/** What changed in one data file between two versions, row by row, matched by the dataset's key. */
export interface DatasetDiff {
  dataset: string;
  added: Record<string, string>[];
  removed: Record<string, string>[];
  changed: { key: string; row: Record<string, string>; cells: CellChange[] }[];
}

const keyOf = (dataset: Dataset, row: Record<string, string>) =>
  dataset.key.map((column) => (row[column] ?? "").trim()).join(" | ");

/**
 * Compares two versions of a data file's rows (as written, trimmed), matching rows by the
 * dataset's key. A pure function: no git, no files.
 *
 * @example
 * diffDataset(politicalPrisoners, oldRows, newRows).added // [{date: "2026-03-05", count: "1140", …}]
 */
export function diffDataset(
  dataset: Dataset,
  before: readonly Record<string, string>[],
  after: readonly Record<string, string>[],
): DatasetDiff {
  const old = new Map(before.map((row) => [keyOf(dataset, row), row]));
  const now = new Map(after.map((row) => [keyOf(dataset, row), row]));
  const diff: DatasetDiff = { dataset: dataset.name, added: [], removed: [], changed: [] };
  for (const [key, row] of now) {
    const previous = old.get(key);
    if (!previous) {
      diff.added.push(row);
      continue;
    }
    const cells = Object.keys(row)
      .filter((column) => (previous[column] ?? "").trim() !== (row[column] ?? "").trim())
      .map((column) => ({ column, from: (previous[column] ?? "").trim(), to: (row[column] ?? "").trim() }));
    if (cells.length > 0) diff.changed.push({ key, row, cells });
  }
  for (const [key, row] of old) if (!now.has(key)) diff.removed.push(row);
  return diff;
}

/** True when nothing changed in any file. */
export const unchanged = (diffs: readonly DatasetDiff[]) =>
  diffs.every((diff) => diff.added.length + diff.removed.length + diff.changed.length === 0);
