import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import Papa from "papaparse";

/**
 * Sets one cell of a CSV file in place, by its 1-based line (the header is line 1, as the
 * validator counts) and its column's name, and writes the file back with CRLF line ends as the
 * data files have them: how the tests break a copy of data/ one cell at a time. The helpers
 * below add rows and change a whole row, as an editor does.
 */
export function setCsvCell(path: string, line: number, column: string, value: string): void {
  const rows = Papa.parse<string[]>(readFileSync(path, "utf8"), { skipEmptyLines: true }).data;
  const at = rows[0]!.indexOf(column);
  if (at === -1) throw new Error(`${path} has no column ${column}`);
  rows[line - 1]![at] = value;
  writeFileSync(path, Papa.unparse(rows, { newline: "\r\n" }) + "\r\n");
}

/** Appends rows to a CSV with the line ending it already uses; returns the line number of the first. */
export function appendRows(file: string, rows: readonly string[]): number {
  const text = readFileSync(file, "utf8");
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const firstLine = text.split(/\r?\n/).filter((line, i, all) => line !== "" || i < all.length - 1).length + 1;
  appendFileSync(file, `${text.endsWith("\n") ? "" : eol}${rows.join(eol)}${eol}`);
  return firstLine;
}

/** Replaces one row of a CSV, found by its exact start, with what `change` makes of it. */
export function editRow(file: string, startsWith: string, change: (line: string) => string): void {
  const lines = readFileSync(file, "utf8").split("\n");
  const index = lines.findIndex((line) => line.startsWith(startsWith));
  if (index === -1) throw new Error(`no row starting ${startsWith} in ${file}`);
  lines[index] = change(lines[index]!);
  writeFileSync(file, lines.join("\n"));
}
