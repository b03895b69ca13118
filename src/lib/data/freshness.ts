/**
 * How old the latest political-prisoner count is. Viasna publishes a count at least monthly, so a
 * latest figure much older than that means the site has fallen behind, and the editor is told.
 */

/** After this many days the latest count is called stale: two monthly reviews missed. */
export const STALE_AFTER_DAYS = 60;

export interface Freshness {
  /** The date of the latest count, `YYYY-MM-DD`. */
  date: string;
  /** Whole days from that date to today. */
  ageDays: number;
  stale: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The latest count's date and age on `today` (`YYYY-MM-DD`, passed in so that tests fix the day).
 *
 * @example
 * freshness([{date: "2026-03-05"}], "2026-11-30") // {date: "2026-03-05", ageDays: 270, stale: true}
 */
export function freshness(rows: readonly { date: string }[], today: string): Freshness | undefined {
  const date = rows.reduce<string | undefined>((latest, row) => (latest === undefined || row.date > latest ? row.date : latest), undefined);
  if (date === undefined) return undefined;
  const ageDays = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);
  return { date, ageDays, stale: ageDays > STALE_AFTER_DAYS };
}

/**
 * What `npm run check:data` prints: the line always, and a warning when the count is stale.
 *
 * @example
 * freshnessLines({date: "2026-03-05", ageDays: 270, stale: true})
 * // ["latest political-prisoner count: 2026-03-05, 270 days old", "warning: … older than 60 days …"]
 */
export function freshnessLines(fresh: Freshness | undefined): string[] {
  if (!fresh) return ["latest political-prisoner count: none in political-prisoners.csv"];
  const days = `${fresh.ageDays} day${fresh.ageDays === 1 ? "" : "s"}`;
  const line = `latest political-prisoner count: ${fresh.date}, ${days} old`;
  if (!fresh.stale) return [line];
  return [
    line,
    `warning: the latest political-prisoner count is older than ${STALE_AFTER_DAYS} days. ` +
      "Look for a newer figure (Viasna publishes a monthly review) and add it to data/political-prisoners.csv; " +
      "the site shows its date next to the figure, so readers can see how old it is.",
  ];
}
