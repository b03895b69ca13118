import type { z } from "astro/zod";
import type { emigrationEstimates } from "./schemas/emigration-estimates.ts";
import type { exileDestinations } from "./schemas/exile-destinations.ts";
import type { politicalPrisoners } from "./schemas/political-prisoners.ts";
import type { prosecutions } from "./schemas/prosecutions.ts";
import type { releases } from "./schemas/releases.ts";
import type { timeline } from "./schemas/timeline.ts";

type PrisonerRow = z.output<typeof politicalPrisoners.schema>;
type ReleaseRow = z.output<typeof releases.schema>;
type ProsecutionRow = z.output<typeof prosecutions.schema>;
type TimelineRow = z.output<typeof timeline.schema>;
type DestinationRow = z.output<typeof exileDestinations.schema>;
type EstimateRow = z.output<typeof emigrationEstimates.schema>;

/**
 * A figure quoted in the copy, with the row it comes from so the copy can cite it. A figure
 * without a value (an event) can only be quoted by its date.
 */
export interface Figure {
  value?: number | undefined;
  date: string;
  source_name: string;
  source_url: string;
}

const byDate = <T extends { date: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.date.localeCompare(b.date));
const cite = (row: { date: string; source_name: string; source_url: string }, value?: number): Figure => ({
  value,
  date: row.date,
  source_name: row.source_name,
  source_url: row.source_url,
});

/**
 * Figures from `political-prisoners.csv` that copy may quote by name, so that an editor's CSV
 * change updates the prose. Each is one sourced row; nothing is summed, rounded or interpolated.
 * `prisoners.<date>` names the count on any date in the file, e.g. `prisoners.2020-12-31`, and
 * `prisoners.<date>.women` the women among it where the source gives them.
 *
 * @example
 * prisonerFigures(rows)["prisoners.latest"] // {value: 1140, date: "2026-03-05", …}
 */
export function prisonerFigures(rows: readonly PrisonerRow[]): Record<string, Figure> {
  const sorted = byDate(rows);
  const first = sorted[0];
  const latest = sorted.at(-1);
  if (!first || !latest) return {};
  const peak = sorted.reduce((max, row) => (row.count > max.count ? row : max));
  const women = sorted.filter((row) => row.women !== undefined).at(-1);
  return {
    "prisoners.first": cite(first, first.count),
    "prisoners.peak": cite(peak, peak.count),
    "prisoners.latest": cite(latest, latest.count),
    ...(women ? { "prisoners.latestWomen": cite(women, women.women) } : {}),
    ...Object.fromEntries(sorted.map((row) => [`prisoners.${row.date}`, cite(row, row.count)])),
    // The women among a count, where its source gives them, e.g. `prisoners.2025-05-01.women`.
    ...Object.fromEntries(
      sorted.flatMap((row) => (row.women === undefined ? [] : [[`prisoners.${row.date}.women`, cite(row, row.women)]])),
    ),
  };
}

/**
 * Figures about releases: the first release event on record (the start of the pardon waves).
 *
 * @example
 * releaseFigures(rows)["releases.first"] // {value: 18, date: "2024-07-03", …}
 */
export function releaseFigures(rows: readonly ReleaseRow[]): Record<string, Figure> {
  const first = byDate(rows)[0];
  return first ? { "releases.first": cite(first, first.released) } : {};
}

/**
 * Figures from `prosecutions.csv`: `metric.<name>` is the latest value of a series, and
 * `metric.<name>.<date>` its value on a date in the file.
 *
 * @example
 * metricFigures(rows)["metric.persons_detained_protests_month"] // {value: 7500, date: "2020-08-31", …}
 */
export function metricFigures(rows: readonly ProsecutionRow[]): Record<string, Figure> {
  const figures: Record<string, Figure> = {};
  for (const row of byDate(rows)) {
    figures[`metric.${row.metric}`] = cite(row, row.value);
    figures[`metric.${row.metric}.${row.date}`] = cite(row, row.value);
  }
  return figures;
}

/**
 * Dates from `timeline.csv`: `event.<category>` is the first event of a category, e.g. the date
 * of the 2020 election as `{{event.election.date}}`; `event.<date>.<category>` is one event, e.g.
 * `{{event.2021-05-23.arrest.date}}` ("23 May 2021"), or its month for a month-precision event.
 */
export function eventFigures(rows: readonly TimelineRow[]): Record<string, Figure> {
  const figures: Record<string, Figure> = {};
  for (const row of byDate(rows)) {
    figures[`event.${row.category}`] ??= cite(row);
    // A single event by its date and category, e.g. `{{event.2021-05-23.arrest.date}}`. A month
    // event has no known day, so it can only be quoted by its month.
    figures[`event.${row.date}.${row.category}`] ??= cite(
      row.date_precision === "month" ? { ...row, date: row.date.slice(0, 7) } : row,
    );
  }
  return figures;
}

/**
 * Figures from `exile-destinations.csv`: `destination.<ISO3>.<metric>` is a country's latest value
 * of a series, and `destination.<ISO3>.<metric>.<period>` its value for a period in the file (a
 * year such as `2022` or a date). Aggregate rows have no code and are not quotable this way.
 *
 * @example
 * destinationFigures(rows)["destination.POL.residence_permits_valid"] // {value: 124438, date: "2024-02-29", …}
 */
export function destinationFigures(rows: readonly DestinationRow[]): Record<string, Figure> {
  const figures: Record<string, Figure> = {};
  // A year sorts as the middle of that year, so a dated figure later in the year counts as later.
  const when = (period: string) => (period.length === 4 ? `${period}-07-01` : period);
  const sorted = rows
    .filter((row) => row.iso3 !== undefined)
    .sort((a, b) => when(a.period).localeCompare(when(b.period)));
  for (const row of sorted) {
    const figure = { value: row.value, date: row.period, source_name: row.source_name, source_url: row.source_url };
    figures[`destination.${row.iso3}.${row.metric}`] = figure;
    figures[`destination.${row.iso3}.${row.metric}.${row.period}`] = figure;
  }
  return figures;
}

/**
 * Figures from `emigration-estimates.csv`, by the date the estimate was published:
 * `estimate.<date>.low` and `estimate.<date>.high` are its two ends, where the source gives them.
 *
 * @example
 * estimateFigures(rows)["estimate.2023-06-05.high"] // {value: 500000, date: "2023-06-05", …}
 */
export function estimateFigures(rows: readonly EstimateRow[]): Record<string, Figure> {
  const figures: Record<string, Figure> = {};
  for (const row of rows) {
    const base = { date: row.date, source_name: row.source_name, source_url: row.source_url };
    if (row.estimate_low !== undefined) figures[`estimate.${row.date}.low`] = { ...base, value: row.estimate_low };
    if (row.estimate_high !== undefined) figures[`estimate.${row.date}.high`] = { ...base, value: row.estimate_high };
  }
  return figures;
}

/** Every figure story copy may quote, from all the datasets that have quotable figures. */
export function storyFigures(data: {
  prisoners: readonly PrisonerRow[];
  releases: readonly ReleaseRow[];
  prosecutions: readonly ProsecutionRow[];
  timeline: readonly TimelineRow[];
  destinations?: readonly DestinationRow[];
  estimates?: readonly EstimateRow[];
}): Record<string, Figure> {
  return {
    ...prisonerFigures(data.prisoners),
    ...releaseFigures(data.releases),
    ...metricFigures(data.prosecutions),
    ...eventFigures(data.timeline),
    ...destinationFigures(data.destinations ?? []),
    ...estimateFigures(data.estimates ?? []),
  };
}
