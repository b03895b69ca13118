import { datasets } from "./datasets.ts";
import { describeDiff, latestCountLine } from "./describeDiff.ts";
import { diffDataset, unchanged, type DatasetDiff } from "./diffData.ts";
import { validateCsv } from "./validateCsv.ts";

/** The bytes of one data file in one version, by dataset name; an empty array if it did not exist. */
export type DataVersionReader = (name: string) => Uint8Array;

/**
 * What a reader will see change between two versions of the data folder, in plain words: the
 * headline political-prisoner count, then each file's new, removed and changed rows with their
 * values. `npm run data:diff` prints it for a pull request; the /updates/ page and the Atom feed
 * show it for every commit that changed the data. Both versions are read as written (valid or
 * not), so a summary never depends on the day it is made.
 *
 * `maxRows` keeps a long list (the commit that added a whole file) readable: each file lists at
 * most that many rows of a kind, then says how many more.
 *
 * @example
 * summariseChange(atRef("HEAD"), current).lines
 * // ["political prisoners: 1,131 (31 Dec 2025) → 1,140 (5 Mar 2026), +9", "political prisoners: 1 new count", "  + 2026-03-05: 1140"]
 */
export function summariseChange(
  before: DataVersionReader,
  after: DataVersionReader,
  { maxRows = Infinity }: { maxRows?: number } = {},
): { lines: string[]; diffs: DatasetDiff[]; unchanged: boolean } {
  const lines: string[] = [];
  const diffs = datasets.map((dataset) => {
    const rows = (read: DataVersionReader) =>
      validateCsv(dataset, read(dataset.name), { file: `${dataset.name}.csv` }).records.map((record) => record.raw);
    const old = rows(before);
    const now = rows(after);
    if (dataset.name === "political-prisoners") {
      const headline = latestCountLine(old, now);
      if (headline) lines.push(headline);
    }
    return diffDataset(dataset, old, now);
  });
  for (const diff of diffs) lines.push(...capRows(describeDiff(diff), maxRows));
  return { lines, diffs, unchanged: unchanged(diffs) };
}

/** Keeps at most `max` row lines under each heading line, and says how many were left out. */
function capRows(lines: readonly string[], max: number): string[] {
  const kept: string[] = [];
  let shown = 0;
  let hidden = 0;
  const flush = () => {
    if (hidden > 0) kept.push(`  … and ${hidden} more`);
    shown = 0;
    hidden = 0;
  };
  for (const line of lines) {
    if (!line.startsWith("  ")) {
      flush();
      kept.push(line);
    } else if (shown < max) {
      kept.push(line);
      shown++;
    } else hidden++;
  }
  flush();
  return kept;
}
