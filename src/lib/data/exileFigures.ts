import type { RowOf } from "./dataset.ts";
import type { emigrationEstimates, exileDestinations, exileHubs } from "./datasets.ts";

export type DestinationRow = RowOf<typeof exileDestinations>;
export type EstimateRow = RowOf<typeof emigrationEstimates>;
export type HubRow = RowOf<typeof exileHubs>;

/** A destination row that can be placed on a map: it has both country codes. */
export type MappableRow = DestinationRow & { iso3: string; iso_numeric: string };

/** Rows with country codes; aggregate rows (the EU as a whole) have none and are never mapped. */
export const mappable = (rows: readonly DestinationRow[]): MappableRow[] =>
  rows.filter((row): row is MappableRow => row.iso3 !== undefined && row.iso_numeric !== undefined);

/**
 * Where a period sits in time, for sorting and for a time axis: a date as itself, a year (whose
 * reference day the sources do not give) at its middle, so it is drawn neither early nor late.
 */
export const periodTime = (period: string): number =>
  Date.parse(period.length === 4 ? `${period}-07-01T00:00:00Z` : `${period}T00:00:00Z`);

/** The latest row of each (country, metric), by period: one figure per country and series. */
export function latestByCountryAndMetric(rows: readonly MappableRow[]): MappableRow[] {
  const latest = new Map<string, MappableRow>();
  for (const row of rows) {
    const key = `${row.iso3}|${row.metric}`;
    const held = latest.get(key);
    if (!held || periodTime(row.period) > periodTime(held.period)) latest.set(key, row);
  }
  return [...latest.values()].sort((a, b) => a.country.localeCompare(b.country) || a.metric.localeCompare(b.metric));
}

/** The rows of one country's series, oldest first. */
export const seriesRows = (rows: readonly MappableRow[], iso3: string, metric: string): MappableRow[] =>
  rows
    .filter((row) => row.iso3 === iso3 && row.metric === metric)
    .sort((a, b) => periodTime(a.period) - periodTime(b.period));
