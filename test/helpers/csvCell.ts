import { readFileSync, writeFileSync } from "node:fs";
import Papa from "papaparse";

/**
 * Sets one cell of a CSV file in place, by its 1-based line (the header is line 1, as the
 * validator counts) and its column's name, and writes the file back with CRLF line ends as the
 * data files have them: how the tests break a copy of data/ one cell at a time.
 */
export function setCsvCell(path: string, line: number, column: string, value: string): void {
  const rows = Papa.parse<string[]>(readFileSync(path, "utf8"), { skipEmptyLines: true }).data;
  const at = rows[0]!.indexOf(column);
  if (at === -1) throw new Error(`${path} has no column ${column}`);
  rows[line - 1]![at] = value;
  writeFileSync(path, Papa.unparse(rows, { newline: "\r\n" }) + "\r\n");
}
