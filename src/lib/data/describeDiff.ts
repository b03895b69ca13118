import { formatters } from "../i18n/format.ts";
import type { DatasetName } from "./datasets.ts";
import type { DatasetDiff } from "./diffData.ts";

/**
 * How the change summary names each file and one of its rows, in words a reader would use; keyed
 * by the names in datasets.ts, so a new data file without its words here is a type error.
 */
const DESCRIBE: Record<DatasetName, { label: string; noun: [string, string]; row: (r: Record<string, string>) => string }> = {
  "political-prisoners": {
    label: "political prisoners",
    noun: ["count", "counts"],
    row: (r) => `${r.date}: ${r.count}`,
  },
  releases: { label: "releases", noun: ["release", "releases"], row: (r) => `${r.date}: ${r.released} — ${r.event}` },
  prosecutions: { label: "prosecutions", noun: ["value", "values"], row: (r) => `${r.metric} on ${r.date}: ${r.value}` },
  timeline: { label: "timeline", noun: ["event", "events"], row: (r) => `${r.date}: ${r.title}` },
  "exile-destinations": {
    label: "exile destinations",
    noun: ["figure", "figures"],
    row: (r) => `${r.country}, ${r.metric}, ${r.period}: ${r.value}`,
  },
  "emigration-estimates": {
    label: "emigration estimates",
    noun: ["estimate", "estimates"],
    row: (r) => `${r.date}: ${r.estimate_low || "?"}–${r.estimate_high || "?"} (${r.source_name})`,
  },
  "exile-hubs": { label: "exile hubs", noun: ["hub", "hubs"], row: (r) => r.city ?? "" },
  people: { label: "people the site may name", noun: ["person", "people"], row: (r) => r.name_en ?? "" },
};

const count = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/** Counts and dates as the change summary writes them, e.g. "1,140" and "5 Mar 2026". */
const format = formatters("en", { monthStyle: "short" });
const number = (text: string | undefined) => (text && /^-?\d+$/.test(text) ? format.number(Number(text)) : text);
const shortDate = (iso: string | undefined) => (iso ? format.date(iso) : "");

/**
 * The headline a reader will see change: the latest political-prisoner count, before and after,
 * e.g. "political prisoners: 1,131 (31 Dec 2025) → 1,140 (5 Mar 2026), +9".
 */
export function latestCountLine(
  before: readonly Record<string, string>[],
  after: readonly Record<string, string>[],
): string | undefined {
  const latest = (rows: readonly Record<string, string>[]) =>
    [...rows].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "")).at(-1);
  const old = latest(before);
  const now = latest(after);
  if (!now || (old && old.date === now.date && old.count === now.count)) return undefined;
  const to = `${number(now.count)} (${shortDate(now.date)})`;
  if (!old) return `political prisoners: ${to}`;
  const delta = Number(now.count) - Number(old.count);
  return `political prisoners: ${number(old.count)} (${shortDate(old.date)}) → ${to}, ${delta >= 0 ? "+" : "−"}${format.number(Math.abs(delta))}`;
}

/**
 * Turns file diffs into plain-language lines, one file at a time: new rows, removed rows, changed
 * values and changed sources.
 *
 * @example
 * describeDiff(diff) // ["timeline: 1 new event", "  + 2026-03-10: …"]
 */
export function describeDiff(diff: DatasetDiff): string[] {
  const describe = (DESCRIBE as Partial<Record<string, (typeof DESCRIBE)[DatasetName]>>)[diff.dataset] ?? { label: diff.dataset, noun: ["row", "rows"], row: () => "" };
  const lines: string[] = [];
  if (diff.added.length > 0) {
    lines.push(`${describe.label}: ${count(diff.added.length, describe.noun).replace(/^(\d+) /, "$1 new ")}`);
    for (const row of diff.added) lines.push(`  + ${describe.row(row)}`);
  }
  if (diff.removed.length > 0) {
    lines.push(`${describe.label}: ${count(diff.removed.length, describe.noun)} removed`);
    for (const row of diff.removed) lines.push(`  − ${describe.row(row)}`);
  }
  const sources = diff.changed.filter((change) => change.cells.some((cell) => cell.column.startsWith("source_")));
  const values = diff.changed.filter((change) => change.cells.some((cell) => !cell.column.startsWith("source_")));
  if (values.length > 0) {
    lines.push(`${describe.label}: ${count(values.length, describe.noun)} changed`);
    for (const change of values) {
      const cells = change.cells.filter((cell) => !cell.column.startsWith("source_"));
      lines.push(`  ~ ${describe.row(change.row)} (${cells.map((c) => `${c.column}: "${c.from}" → "${c.to}"`).join("; ")})`);
    }
  }
  if (sources.length > 0) {
    lines.push(`${describe.label}: ${sources.length} source${sources.length === 1 ? "" : "s"} changed`);
    for (const change of sources) lines.push(`  ~ ${describe.row(change.row)}`);
  }
  return lines;
}
