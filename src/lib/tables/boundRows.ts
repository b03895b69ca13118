/** The rows a story table shows, and how many there are in all. */
export interface BoundedRows<T> {
  shown: T[];
  total: number;
}

/**
 * Bounds a table on the story page, so that what reaches the reader stays the same size however
 * large the data grows: it keeps the first `limit` rows in the order given (the caller ranks them,
 * what matters most first), then puts those in reading order with `order` if one is given. The
 * rows left out are counted in `total`, for the line that says the table is cut and links to
 * every row.
 *
 * @example
 * // The 2 most recent counts, shown oldest first:
 * boundRows(["2026-03", "2026-02", "2026-01"], 2, (a, b) => a.localeCompare(b));
 * // {shown: ["2026-02", "2026-03"], total: 3}
 */
export function boundRows<T>(ranked: readonly T[], limit: number, order?: (a: T, b: T) => number): BoundedRows<T> {
  const kept = ranked.slice(0, Math.max(0, limit));
  return { shown: order ? kept.sort(order) : kept, total: ranked.length };
}
