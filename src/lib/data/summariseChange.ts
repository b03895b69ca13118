import { fill, formatters } from "../i18n/format.ts";
import { datasets } from "./datasets.ts";
import { describeDiff, ENGLISH, latestCountLine, type ChangeLanguage } from "./describeDiff.ts";
import { diffDataset, unchanged, type DatasetDiff } from "./diffData.ts";
import { validateCsv } from "./validateCsv.ts";

/** The bytes of one data file in one version, by dataset name; an empty array if it did not exist. */
export type DataVersionReader = (name: string) => Uint8Array;

/**
 * What changed between two versions of the data folder, before it is put into words: the latest
 * political-prisoner row of each version (for the headline) and each file's diff. Kept in this
 * form by the history of the data (dataHistory.ts), so that each edition can word it (changeLines).
 */
export interface DataChange {
  latestCount: { before: Record<string, string>[]; after: Record<string, string>[] };
  diffs: DatasetDiff[];
}

/** The latest row by date, alone in a list, or an empty list. */
const latestRow = (rows: readonly Record<string, string>[]) =>
  [...rows].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "")).slice(-1);

/**
 * Reads both versions of every data file as written (valid or not), so a summary never depends
 * on the day it is made, and compares them.
 */
export function dataChange(before: DataVersionReader, after: DataVersionReader): DataChange {
  const latestCount: DataChange["latestCount"] = { before: [], after: [] };
  const diffs = datasets.map((dataset) => {
    const rows = (read: DataVersionReader) =>
      validateCsv(dataset, read(dataset.name), { file: `${dataset.name}.csv` }).records.map((record) => record.raw);
    const old = rows(before);
    const now = rows(after);
    if (dataset.name === "political-prisoners") {
      latestCount.before = latestRow(old);
      latestCount.after = latestRow(now);
    }
    return diffDataset(dataset, old, now);
  });
  return { latestCount, diffs };
}

/**
 * A change in plain words, in one language: the headline political-prisoner count, then each
 * file's new, removed and changed rows with their values. `maxRows` keeps a long list (the commit
 * that added a whole file) readable: each file lists at most that many rows of a kind, then says
 * how many more.
 */
export function changeLines(
  change: DataChange,
  { maxRows = Infinity, language = ENGLISH }: { maxRows?: number; language?: ChangeLanguage } = {},
): string[] {
  const lines: string[] = [];
  const headline = latestCountLine(change.latestCount.before, change.latestCount.after, language);
  if (headline) lines.push(headline);
  for (const diff of change.diffs) lines.push(...capRows(describeDiff(diff, language), maxRows, language));
  return lines;
}

/**
 * What a reader will see change between two versions of the data folder, in plain words (see
 * changeLines). `npm run data:diff` prints it for a pull request, in English; the /updates/ page
 * and the Atom feed show it for every commit that changed the data, in each edition's words.
 *
 * @example
 * summariseChange(atRef("HEAD"), current).lines
 * // ["political prisoners: 1,131 (31 Dec 2025) → 1,140 (5 Mar 2026), +9", "political prisoners: 1 new count", "  + 2026-03-05: 1140"]
 */
export function summariseChange(
  before: DataVersionReader,
  after: DataVersionReader,
  options: { maxRows?: number; language?: ChangeLanguage } = {},
): { lines: string[]; diffs: DatasetDiff[]; unchanged: boolean } {
  const change = dataChange(before, after);
  return { lines: changeLines(change, options), diffs: change.diffs, unchanged: unchanged(change.diffs) };
}

/** Keeps at most `max` row lines under each heading line, and says how many were left out. */
function capRows(lines: readonly string[], max: number, { locale, words }: ChangeLanguage): string[] {
  const kept: string[] = [];
  let shown = 0;
  let hidden = 0;
  const flush = () => {
    if (hidden > 0) kept.push(`  ${fill(words.more, { n: formatters(locale).number(hidden) })}`);
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
