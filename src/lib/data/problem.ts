/**
 * One thing wrong in a data file, located precisely enough for an editor to find it in a
 * spreadsheet: the file, the line as a text editor counts it (the header is line 1), and the
 * column's name from the header row.
 */
export interface Problem {
  /** The file as the editor knows it, e.g. `data/political-prisoners.csv`. */
  file: string;
  line: number;
  column: string;
  /** What is wrong, in plain words, e.g. `not a whole number`. */
  message: string;
  /** What the cell should hold, e.g. `a whole number, 0 or more, like 1206`. */
  expected: string;
  /** The cell (or other text) as it was found. */
  found: string;
}

/** The longest `found` text shown; a long description is cut so the message stays on one line. */
const FOUND_MAX = 80;

/**
 * Formats a problem as `data/FILE.csv:LINE:COLUMN  what is wrong — expected X, found "Y"`.
 *
 * @example
 * formatProblem({file: "data/releases.csv", line: 4, column: "released", message: "not a whole number",
 *   expected: "a whole number, 0 or more", found: "12.5"})
 * // 'data/releases.csv:4:released  not a whole number — expected a whole number, 0 or more, found "12.5"'
 */
export function formatProblem({ file, line, column, message, expected, found }: Problem): string {
  return `${file}:${line}:${column}  ${message} — expected ${expected}, found "${shorten(found)}"`;
}

/** Keeps the found text on one line: newlines become ↵ and long text is cut with an ellipsis. */
function shorten(text: string): string {
  const oneLine = text.replace(/\r?\n/g, "↵");
  return oneLine.length > FOUND_MAX ? `${oneLine.slice(0, FOUND_MAX - 1)}…` : oneLine;
}

/** Orders problems as an editor reads a file: by file, then line, then reported order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => a.problem.file.localeCompare(b.problem.file) || a.problem.line - b.problem.line || a.index - b.index)
    .map(({ problem }) => problem);
}
