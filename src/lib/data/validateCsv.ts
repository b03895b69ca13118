import { decodeCsv } from "./decodeCsv.ts";
import { columnsOf, type Dataset, type RowOf } from "./dataset.ts";
import { parseCsv, type CsvTable } from "./parseCsv.ts";
import { type Problem, sortProblems } from "./problem.ts";
import { checkSafety } from "./safety/checkSafety.ts";

/** A valid row with the line it came from and its cells as written. */
export interface ValidRow<Row> {
  line: number;
  raw: Record<string, string>;
  value: Row;
}

export interface Validation<Row> {
  rows: ValidRow<Row>[];
  /** Every data row as written, valid or not, by column name (for comparing versions of a file). */
  records: { line: number; raw: Record<string, string> }[];
  problems: Problem[];
  /** Things worth telling an editor that are not errors, e.g. a semicolon-separated file. */
  notices: string[];
}

export interface ValidateOptions {
  /** How the file is named in messages, e.g. `data/releases.csv`. */
  file: string;
  /** Today as `YYYY-MM-DD`; dates after it are refused. Defaults to the UTC date tomorrow. */
  today?: string;
  /**
   * The names on `data/people.csv`: when given, a person named in the file (the timeline's
   * `people`, and names found in free text) must be one of them.
   */
  people?: ReadonlySet<string> | undefined;
}

/**
 * The validation core: checks one CSV file against its dataset and reports every problem at once.
 * The build (through the content collections), `npm run check:data` and the tests all call it.
 *
 * @example
 * const {rows, problems} = validateCsv(politicalPrisoners, bytes, {file: "data/political-prisoners.csv"});
 * problems.map(formatProblem) // ['data/political-prisoners.csv:5:count  negative number — expected …, found "-3"']
 */
export function validateCsv<D extends Dataset>(dataset: D, bytes: Uint8Array, options: ValidateOptions): Validation<RowOf<D>> {
  const { file } = options;
  const columns = columnsOf(dataset);
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) {
    const where = locateOffset(new TextDecoder("windows-1251").decode(bytes), decoded.offset, columns);
    return {
      rows: [],
      records: [],
      notices: [],
      problems: [
        {
          file,
          ...where,
          message: `file is not saved as UTF-8: it looks like ${decoded.encoding}`,
          expected: 'UTF-8 text (in Excel choose "CSV UTF-8"; in LibreOffice set the character set to Unicode (UTF-8))',
          found: decoded.sample,
        },
      ],
    };
  }

  const table = parseCsv(decoded.text);
  const problems: Problem[] = [];
  const at = (line: number, column: string, message: string, expected: string, found: string) =>
    problems.push({ file, line, column, message, expected, found });

  const present = checkHeader(table, columns, at);
  const brokenLines = new Set(table.quoteErrors.map((error) => error.line));
  for (const error of table.quoteErrors) {
    const column = table.header[error.cellIndex] ?? columns.at(-1)!;
    at(error.line, column, 'a quote mark (") opens a cell but is never closed', 'a closing " at the end of the cell', error.text);
  }

  const rows: ValidRow<RowOf<D>>[] = [];
  const records: { line: number; raw: Record<string, string> }[] = [];
  for (const { line, cells } of table.rows) {
    if (cells.length > table.header.length) {
      const extra = cells.slice(table.header.length);
      at(line, table.header.at(-1) ?? "", "row has more cells than there are columns (is a comma missing its quotes?)",
        `${table.header.length} cells, one per column`, extra.join(table.delimiter));
      continue;
    }
    const raw: Record<string, string> = {};
    for (const column of columns) raw[column] = cells[present.get(column) ?? -1] ?? "";
    records.push({ line, raw });
    // After an unclosed quote the rest of the row is one cell; its other "errors" are just noise.
    if (brokenLines.has(line)) continue;
    const result = dataset.schema.safeParse(raw);
    if (result.success) {
      rows.push({ line, raw, value: result.data as RowOf<D> });
      continue;
    }
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? columns[0]);
      if (!present.has(column)) continue; // Already reported once as a missing column.
      const expected = (issue as { params?: { expected?: string } }).params?.expected ?? "a valid value";
      at(line, column, issue.message, expected, raw[column] ?? "");
    }
  }

  checkKeys(dataset, records, present, at);
  checkNotFuture(dataset, rows, options.today ?? tomorrowUtc(), at);
  // Safety is checked on every row as written, valid or not, so one run reports everything.
  problems.push(...checkSafety(dataset, records, file, options.people));
  const notices =
    table.delimiter === ";" ? [`${file}: read as semicolon-separated (a European Excel export); that is fine.`] : [];
  return { rows, records, problems: sortProblems(problems), notices };
}

type Report = (line: number, column: string, message: string, expected: string, found: string) => void;

/**
 * Compares the header with the schema's columns. A missing column next to an unknown one that
 * differs only in case, spaces or punctuation is reported as renamed, since that is what editors
 * usually did. Returns where each expected column sits in the file.
 */
function checkHeader(table: CsvTable, columns: readonly string[], report: Report): Map<string, number> {
  const present = new Map<string, number>();
  table.header.forEach((name, index) => {
    if (present.has(name)) report(1, name, "column appears twice", "each column once", name);
    else if (columns.includes(name)) present.set(name, index);
  });
  const unknown = table.header.filter((name) => !columns.includes(name));
  const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
  for (const column of columns) {
    if (present.has(column)) continue;
    const renamed = unknown.find((name) => squash(name) === squash(column));
    if (renamed !== undefined) {
      unknown.splice(unknown.indexOf(renamed), 1);
      report(1, column, "column is misnamed", `a column named "${column}"`, renamed);
    } else {
      report(1, column, "missing column", `a column named "${column}"`, table.header.join(table.delimiter));
    }
  }
  for (const name of unknown) {
    report(1, name === "" ? "(blank)" : name, "unexpected column", `only the columns ${columns.join(", ")}`, name);
  }
  return present;
}

/**
 * Reports the second and later rows that repeat another row's key. Rows are compared as written
 * (after trimming), whether or not their other cells are valid, so one run reports both kinds.
 */
function checkKeys(
  dataset: Dataset,
  records: readonly { line: number; raw: Record<string, string> }[],
  present: ReadonlyMap<string, number>,
  report: Report,
): void {
  if (!dataset.key.every((column) => present.has(column))) return;
  const seen = new Map<string, number>();
  for (const { line, raw } of records) {
    const cells = dataset.key.map((column) => raw[column]?.trim() ?? "");
    if (cells.some((cell) => cell === "")) continue; // An empty key cell is reported as empty.
    const key = cells.join("\u0000");
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, line);
      continue;
    }
    const what = dataset.key.join(" and ");
    report(line, dataset.key[0]!, `duplicate row: same ${what} as line ${first}`, `each ${what} only once`, cells.join(", "));
  }
}

/** Refuses dates after `today`, comparing only as much of today as the cell states (year, month or day). */
function checkNotFuture<Row>(dataset: Dataset, rows: readonly ValidRow<Row>[], today: string, report: Report): void {
  for (const { line, value } of rows) {
    for (const column of dataset.dateColumns) {
      const date = (value as Record<string, unknown>)[column];
      if (typeof date === "string" && date > today.slice(0, date.length)) {
        report(line, column, "date is in the future", `a date no later than ${today}`, date);
      }
    }
  }
}

function tomorrowUtc(): string {
  // One day of grace, so that an editor east of UTC can enter today's figure just after midnight.
  return new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Finds line and column name for a character offset, for encoding errors found before parsing. */
function locateOffset(text: string, offset: number, columns: readonly string[]): { line: number; column: string } {
  if (offset === 0) return { line: 1, column: columns[0]! };
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const lineText = before.slice(before.lastIndexOf("\n") + 1);
  const header = (text.split(/\r?\n/, 1)[0] ?? "").split(/[,;\t]/).map((name) => name.trim());
  const index = lineText.split(/[,;\t]/).length - 1;
  return { line, column: header[index] ?? columns[index] ?? columns[0]! };
}
