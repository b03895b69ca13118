/** A table cell: its text, or its text with the date a `<time>` element gives machines. */
export type Cell = string | { text: string; datetime: string };

/** A column heading; a number column is right-aligned, in its heading and in every cell. */
export interface Column {
  label: string;
  number?: boolean;
}

/** One row of a sourced table: a cell per column, then the link to the row's source. */
export interface TableRow {
  cells: Cell[];
  source: { name: string; url: string };
  /** `data-*` attributes on the row, by which tests and scripts find it, e.g. `{"data-country": "POL"}`. */
  data?: Record<`data-${string}`, string>;
}

/**
 * Where every row of a bounded table is, for the line the table shows when it leaves rows out.
 * `line` is copy with `{shown}` and `{total}` slots, followed by a link to `href`.
 */
export interface AllRows {
  total: number;
  line: string;
  href: string;
  linkText: string;
  /** The link is a file to save (a CSV) rather than a page. */
  download?: boolean;
}

/**
 * Where every row is when that is a CSV file the site publishes: the link, to be saved rather
 * than opened, reads as the file's name.
 *
 * @example
 * inCsvFile("/data/exile-hubs.csv", 40, "The table lists the first {shown} of {total} cities; all of them are in")
 * // {total: 40, line: "…", href: "/data/exile-hubs.csv", linkText: "exile-hubs.csv", download: true}
 */
export const inCsvFile = (href: string, total: number, line: string): AllRows => ({
  total,
  line,
  href,
  linkText: href.split("/").at(-1) ?? href,
  download: true,
});
