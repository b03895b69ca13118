import Papa from "papaparse";

/** One row of a chart's drawn data: plain values, with `source_name` and `source_url` among them. */
export type DrawnRow = Record<string, string | number | undefined>;

/**
 * The "get the data" CSV of an embed: exactly the rows a chart draws (its `drawn()`), each with
 * its source_name and source_url. Columns are every key in order of first appearance, so rows of
 * different series share one header. Text cells that a spreadsheet would run as a formula (those
 * starting with = + - @, a tab or a carriage return) are prefixed with an apostrophe by
 * papaparse's `escapeFormulae`; numbers are written as numbers.
 *
 * @example
 * drawnCsv([{date: "2026-03-05", value: 1140, source_name: "Viasna", source_url: "https://…"}])
 * // "date,value,source_name,source_url\r\n2026-03-05,1140,Viasna,https://…"
 */
export function drawnCsv(rows: readonly DrawnRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return Papa.unparse(
    { fields: columns, data: rows.map((row) => columns.map((column) => row[column] ?? "")) },
    { escapeFormulae: true, newline: "\r\n" },
  );
}
