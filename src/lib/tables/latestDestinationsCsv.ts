import { latestByCountryAndMetric, mappable, type DestinationRow } from "../data/exileFigures.ts";
import { drawnCsv } from "../data/drawnCsv.ts";

/** Where the site publishes every row of the story's destination table (src/pages/data/). */
export const LATEST_DESTINATIONS_CSV = "/data/exile-destinations-latest.csv";

/**
 * Every row of the story's destination table, whose page copy may be cut to its limit: each
 * country's latest figure in each series, with the columns of exile-destinations.csv, in the
 * table's order (country, then series). Formula cells are defused as in an embed's data.csv.
 *
 * @example
 * latestDestinationsCsv(data.exileDestinations)
 * // "country,iso3,iso_numeric,metric,period,value,source_url,source_name,note\r\nGeorgia,GEO,268,…"
 */
export function latestDestinationsCsv(rows: readonly DestinationRow[]): string {
  return drawnCsv(
    latestByCountryAndMetric(mappable(rows)).map((row) => ({
      country: row.country,
      iso3: row.iso3,
      iso_numeric: row.iso_numeric,
      metric: row.metric,
      period: row.period,
      value: row.value,
      source_url: row.source_url,
      source_name: row.source_name,
      note: row.note,
    })),
  );
}
