import { periodTime, type MappableRow } from "../data/exileFigures.ts";

/** What the story's map draws over its steps: the series its circles compare and those under it. */
export interface MapDraws {
  metrics: readonly string[];
  series: readonly { country: string; metric: string }[];
}

/**
 * The latest destination figures (from `latestByCountryAndMetric`) in the order the story's table
 * keeps them when it cannot show them all, what matters most first:
 *
 * 1. the figures the map draws (each series a step's circles compare, and each series drawn under
 *    the map), so that the table stays the map's accessible equivalent and lists the countries the
 *    legend says lie outside the frame;
 * 2. each remaining country's most recent figure, the one the map hatches that country with, so
 *    that every country the map names is in the table;
 * 3. every other figure.
 *
 * Within a group the most recent figures come first, then the order of `latest` (country, then
 * series). No figure is changed or dropped: the caller decides how many to show.
 *
 * @example
 * rankDestinations(latest, { metrics: ["residence_permits_valid"], series: [] })
 * // every country's residence_permits_valid figure, then each other country's newest figure, …
 */
export function rankDestinations(latest: readonly MappableRow[], draws: MapDraws): MappableRow[] {
  const metrics = new Set(draws.metrics);
  const series = new Set(draws.series.map((drawn) => `${drawn.country}|${drawn.metric}`));
  // The same pick as placeCountries' hatching: the first row with the country's latest period.
  const newest = new Map<string, MappableRow>();
  for (const row of latest) {
    const held = newest.get(row.iso3);
    if (!held || periodTime(row.period) > periodTime(held.period)) newest.set(row.iso3, row);
  }
  const group = (row: MappableRow): number =>
    metrics.has(row.metric) || series.has(`${row.iso3}|${row.metric}`) ? 0 : newest.get(row.iso3) === row ? 1 : 2;
  return latest
    .map((row, index) => ({ row, index, group: group(row), time: periodTime(row.period) }))
    .sort((a, b) => a.group - b.group || b.time - a.time || a.index - b.index)
    .map(({ row }) => row);
}
