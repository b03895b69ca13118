import { fill, fillPlural, formatters } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { ChangeSummaryWords } from "../i18n/uiSchema.ts";
import type { DatasetName } from "./datasets.ts";
import type { DatasetDiff } from "./diffData.ts";

/**
 * The language a change summary is written in: an edition's words for it (`updates.summary` in
 * src/content/ui/<locale>.yaml) and the locale its numbers and dates are formatted for.
 */
export interface ChangeLanguage {
  locale: Locale;
  words: ChangeSummaryWords;
}

/**
 * The English words, as src/content/ui/en.yaml has them (a unit test keeps the two equal): what
 * `npm run data:diff` prints for editors and pull requests, and what a summary made without an
 * edition's words says. The site gives each edition its own.
 */
const englishFile = (label: string, one: string, many: string) => ({
  label,
  added: `{n, plural, one {# new ${one}} other {# new ${many}}}`,
  removed: `{n, plural, one {# ${one}} other {# ${many}}} removed`,
  changed: `{n, plural, one {# ${one}} other {# ${many}}} changed`,
});
export const ENGLISH: ChangeLanguage = {
  locale: "en",
  words: {
    files: {
      "political-prisoners": englishFile("political prisoners", "count", "counts"),
      releases: englishFile("releases", "release", "releases"),
      prosecutions: englishFile("prosecutions", "value", "values"),
      timeline: englishFile("timeline", "event", "events"),
      "exile-destinations": englishFile("exile destinations", "figure", "figures"),
      "emigration-estimates": englishFile("emigration estimates", "estimate", "estimates"),
      "exile-hubs": englishFile("exile hubs", "hub", "hubs"),
      people: englishFile("people the site may name", "person", "people"),
    },
    other: {
      added: "{n, plural, one {# new row} other {# new rows}}",
      removed: "{n, plural, one {# row} other {# rows}} removed",
      changed: "{n, plural, one {# row} other {# rows}} changed",
    },
    sources: "{n, plural, one {# source} other {# sources}} changed",
    valueOn: "{metric} on {date}",
    more: "… and {n} more",
  },
};

/**
 * One row of a file as the summary lists it. `cell` reads a prose column in the summary's
 * language (`title_be` for Belarusian), falling back to the English one for rows written before
 * the file had translations. Keyed by the names in datasets.ts, so a new data file without its
 * row here is a type error.
 */
type Cell = (column: string, english?: string) => string;
const ROWS: Record<DatasetName, (r: Record<string, string>, cell: Cell, words: ChangeSummaryWords) => string> = {
  "political-prisoners": (r) => `${r.date}: ${r.count}`,
  releases: (r, cell) => `${r.date}: ${r.released} — ${cell("event")}`,
  prosecutions: (r, _cell, words) => `${fill(words.valueOn, { metric: r.metric ?? "", date: r.date ?? "" })}: ${r.value}`,
  timeline: (r, cell) => `${r.date}: ${cell("title")}`,
  "exile-destinations": (r) => `${r.country}, ${r.metric}, ${r.period}: ${r.value}`,
  "emigration-estimates": (r) => `${r.date}: ${r.estimate_low || "?"}–${r.estimate_high || "?"} (${r.source_name})`,
  "exile-hubs": (_r, cell) => cell("city"),
  people: (_r, cell) => cell("name", "name_en"),
};

const isDataset = (name: string): name is DatasetName => name in ROWS;

/**
 * Counts and dates as the change summary writes them: "1,140" and "5 Mar 2026" in English. The
 * Cyrillic editions spell the month out ("5 сакавіка 2026 г."), as Belarusian's short months
 * ("сак") would read as typing errors.
 */
const formatsOf = (locale: Locale) => formatters(locale, { monthStyle: locale === "en" ? "short" : "long" });

/**
 * The headline a reader will see change: the latest political-prisoner count, before and after,
 * e.g. "political prisoners: 1,131 (31 Dec 2025) → 1,140 (5 Mar 2026), +9".
 */
export function latestCountLine(
  before: readonly Record<string, string>[],
  after: readonly Record<string, string>[],
  { locale, words }: ChangeLanguage = ENGLISH,
): string | undefined {
  const latest = (rows: readonly Record<string, string>[]) =>
    [...rows].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "")).at(-1);
  const old = latest(before);
  const now = latest(after);
  if (!now || (old && old.date === now.date && old.count === now.count)) return undefined;
  const format = formatsOf(locale);
  const number = (text: string | undefined) => (text && /^-?\d+$/.test(text) ? format.number(Number(text)) : text);
  const date = (iso: string | undefined) => (iso ? format.date(iso) : "");
  const label = words.files["political-prisoners"].label;
  const to = `${number(now.count)} (${date(now.date)})`;
  if (!old) return `${label}: ${to}`;
  const delta = Number(now.count) - Number(old.count);
  return `${label}: ${number(old.count)} (${date(old.date)}) → ${to}, ${delta >= 0 ? "+" : "−"}${format.number(Math.abs(delta))}`;
}

/**
 * Turns file diffs into plain-language lines, one file at a time: new rows, removed rows, changed
 * values and changed sources.
 *
 * @example
 * describeDiff(diff) // ["timeline: 1 new event", "  + 2026-03-10: …"]
 */
export function describeDiff(diff: DatasetDiff, { locale, words }: ChangeLanguage = ENGLISH): string[] {
  const file = isDataset(diff.dataset)
    ? { ...words.files[diff.dataset], row: ROWS[diff.dataset] }
    : { ...words.other, label: diff.dataset, row: () => "" };
  const format = formatsOf(locale);
  const count = (template: string, n: number) => `${file.label}: ${fillPlural(template, { n }, format)}`;
  const row = (r: Record<string, string>) => {
    const cell: Cell = (column, english = column) =>
      (locale === "en" ? undefined : r[`${column}_${locale}`]) || (r[english] ?? "");
    return file.row(r, cell, words);
  };
  const lines: string[] = [];
  if (diff.added.length > 0) {
    lines.push(count(file.added, diff.added.length));
    for (const r of diff.added) lines.push(`  + ${row(r)}`);
  }
  if (diff.removed.length > 0) {
    lines.push(count(file.removed, diff.removed.length));
    for (const r of diff.removed) lines.push(`  − ${row(r)}`);
  }
  const sources = diff.changed.filter((change) => change.cells.some((cell) => cell.column.startsWith("source_")));
  const values = diff.changed.filter((change) => change.cells.some((cell) => !cell.column.startsWith("source_")));
  if (values.length > 0) {
    lines.push(count(file.changed, values.length));
    for (const change of values) {
      const cells = change.cells.filter((cell) => !cell.column.startsWith("source_"));
      lines.push(`  ~ ${row(change.row)} (${cells.map((c) => `${c.column}: "${c.from}" → "${c.to}"`).join("; ")})`);
    }
  }
  if (sources.length > 0) {
    lines.push(count(words.sources, sources.length));
    for (const change of sources) lines.push(`  ~ ${row(change.row)}`);
  }
  return lines;
}
