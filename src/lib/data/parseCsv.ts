import Papa from "papaparse";

/** A data row with the line it starts on (the header is line 1), so messages can point at it. */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: "," | ";" | "\t";
  /** Quote errors papaparse found, located by line and cell index. */
  quoteErrors: { line: number; cellIndex: number; text: string }[];
}

/**
 * Parses CSV text into a header and string cells, keeping every row's starting line.
 *
 * Values stay strings: converting them is the schemas' job alone, so "056" never becomes 56 here.
 * Blank lines, and rows whose cells are all empty (Excel writes `,,,` for a cleared row), are
 * dropped. Quoted fields may hold commas and line breaks.
 *
 * @example
 * parseCsv("date,count\r\n2024-01-31,1429\r\n\r\n").rows // [{line: 2, cells: ["2024-01-31", "1429"]}]
 */
export function parseCsv(text: string): CsvTable {
  const delimiter = guessDelimiter(text);
  const lineStarts = lineStartOffsets(text);
  const lineAt = (offset: number) => lineOf(lineStarts, offset);
  const records: CsvRow[] = [];
  const quoteErrors: CsvTable["quoteErrors"] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    step(result) {
      const line = lineAt(rowStart);
      for (const error of result.errors) {
        if (error.type === "Quotes") {
          quoteErrors.push({ line, cellIndex: result.data.length - 1, text: result.data.at(-1) ?? "" });
        }
      }
      records.push({ line, cells: result.data });
      rowStart = result.meta.cursor;
    },
  });
  const [first, ...rest] = records.filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  return {
    header: (first?.cells ?? []).map((name) => name.trim()),
    rows: rest,
    delimiter,
    quoteErrors,
  };
}

/**
 * Reads the delimiter from the header row. The header holds only column names, so the character
 * that occurs most often there is the delimiter; guessing from data rows instead could be misled
 * by text such as the `;`-separated names in `timeline.csv`.
 */
function guessDelimiter(text: string): CsvTable["delimiter"] {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => header.split(c).length - 1;
  const candidates = [",", ";", "\t"] as const;
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), candidates[0]);
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Binary search for the 1-based line that contains `offset`. */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
