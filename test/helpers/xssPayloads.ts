import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { columnsOf, type Dataset } from "../../src/lib/data/dataset.ts";
import { datasets } from "../../src/lib/data/datasets.ts";
import { parseCsv } from "../../src/lib/data/parseCsv.ts";

/**
 * Markup and script that a careless page would run if a data cell reached it unescaped. Each one
 * sets `window.__xss` (or opens a dialog) when it runs. None holds a semicolon, which the timeline's
 * `people` column reads as a separator, and `&lt` tests that an ampersand is escaped too (an HTML
 * parser reads a bare `&lt` as "<").
 */
export const PAYLOADS = [
  "<img src=x onerror=window.__xss=1>",
  '"><script>window.__xss=1</script>',
  "'><svg onload=window.__xss=1>",
  "</title><script>window.__xss=1</script>",
  "javascript:window.__xss=1",
  "<style>*{display:none}</style>",
  '<a href="javascript:alert(1)">x</a>',
  "a &lt b",
];

/** How a column takes a payload: as free text, or as the query of a valid web address. */
export type ColumnKind = "text" | "url";

/**
 * Which columns of a dataset hold free text or web addresses, found by asking its own schema: a
 * column is text if the schema keeps a payload written into it as it is, and a web address if it
 * keeps an http(s) address with the payload in its query. Numbers, dates, codes and names from a
 * fixed list refuse both. A column added to a schema is covered without changing this file.
 */
export function payloadColumns(dataset: Dataset, row: Record<string, string>): Map<string, ColumnKind> {
  const kinds = new Map<string, ColumnKind>();
  for (const column of columnsOf(dataset)) {
    for (const [kind, probe] of [
      ["text", "<b>probe</b>"],
      ["url", `https://example.org/?q=${"<b>probe</b>"}`],
    ] as const) {
      const result = dataset.schema.safeParse({ ...row, [column]: probe });
      const value = result.success ? (result.data as Record<string, unknown>)[column] : undefined;
      const kept = Array.isArray(value) ? value.join(";") : value;
      if (kept === probe && !kinds.has(column)) kinds.set(column, kind);
    }
  }
  return kinds;
}

/** One cell value written into the data, with the unique marker that identifies it in a page. */
export interface Injected {
  file: string;
  column: string;
  value: string;
  marker: string;
}

/**
 * Rewrites every CSV in `dir` so that every text and web-address cell of every row carries a
 * payload, in turn, with a marker that keeps key columns unique. Returns what was written.
 */
export function injectPayloads(dir: string): Injected[] {
  const injected: Injected[] = [];
  let counter = 0;
  for (const dataset of datasets as readonly Dataset[]) {
    const path = join(dir, `${dataset.name}.csv`);
    const { header, rows } = parseCsv(readFileSync(path, "utf8"));
    const records = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row.cells[i] ?? ""])));
    const columns = payloadColumns(dataset, records[0]!);
    records.forEach((record, rowIndex) => {
      [...columns].forEach(([column, kind], columnIndex) => {
        // Each column cycles through every payload down its rows.
        const marker = `xss${++counter}x`;
        const payload = `${PAYLOADS[(rowIndex + columnIndex) % PAYLOADS.length]} ${marker}`;
        // Left unencoded: the address is still valid, and the page must escape it in its href.
        const value = kind === "url" ? `https://example.org/?q=${payload}` : payload;
        record[column] = value;
        injected.push({ file: dataset.name, column, value, marker });
      });
    });
    writeFileSync(
      path,
      Papa.unparse({ fields: header, data: records.map((r) => header.map((h) => r[h])) }, { newline: "\n" }) + "\n",
    );
  }
  listInjectedPeople(dir, injected);
  return injected;
}

/**
 * The validator refuses a name in the timeline's `people` column that is not on `people.csv`, so
 * each payload written there is added to the list too, as a person the site may name. The rows
 * added are not counted as injected: the list itself is not shown on any page.
 */
function listInjectedPeople(dir: string, injected: readonly Injected[]): void {
  const path = join(dir, "people.csv");
  const { header, rows } = parseCsv(readFileSync(path, "utf8"));
  const records = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row.cells[i] ?? ""])));
  for (const cell of injected.filter((cell) => cell.file === "timeline" && cell.column === "people")) {
    // Each edition shows the person under its own spelling, so the payload goes into those too.
    records.push({
      key: `listed_${cell.marker}`,
      name_en: cell.value,
      name_be: cell.value,
      name_ru: cell.value,
      name_be_source: "unverified",
      name_ru_source: "unverified",
      source_url: "https://example.org/",
      source_name: "test",
    });
  }
  writeFileSync(
    path,
    Papa.unparse({ fields: header, data: records.map((r) => header.map((h) => r[h] ?? "")) }, { newline: "\n" }) + "\n",
  );
}

/**
 * Text with its white space removed: a chart wraps long text over several SVG lines, which join
 * without the space between them.
 */
const unspaced = (text: string) => text.replace(/\s+/g, "");

/**
 * Which injected cells a page's text quotes, and which of those it does not quote whole. A cell
 * counts as quoted when its marker is in the text; it is quoted whole when its value, white space
 * removed, is in the text with white space removed (wrapped chart text loses its spaces).
 *
 * The markers are found in one pass over the text, and each value is looked for only where its
 * marker stands, since a value ends with its marker: the same answer as searching the whole text
 * for every value, which took a second and a half a page (3,000 cells in 700 KB of text) and held
 * the test file's other pages up while it ran.
 */
export function quotedCells(text: string, injected: readonly Injected[]): { quoted: Injected[]; broken: Injected[] } {
  // A lookahead, so that markers next to each other are all found.
  const markersIn = (haystack: string) => {
    const positions = new Map<string, number[]>();
    for (const match of haystack.matchAll(/(?=(xss\d+x))/g)) {
      const found = positions.get(match[1]!) ?? [];
      positions.set(match[1]!, found);
      found.push(match.index);
    }
    return positions;
  };
  const present = markersIn(text);
  const squeezed = unspaced(text);
  const at = markersIn(squeezed);
  const quoted = injected.filter((cell) => present.has(cell.marker));
  const broken = quoted.filter((cell) => {
    const value = unspaced(cell.value);
    const start = (end: number) => end + cell.marker.length - value.length;
    return !(at.get(cell.marker) ?? []).some((end) => start(end) >= 0 && squeezed.startsWith(value, start(end)));
  });
  return { quoted, broken };
}
