import type { z } from "astro/zod";
import type { politicalPrisoners } from "./schemas/political-prisoners.ts";
import type { releases } from "./schemas/releases.ts";

type PrisonerRow = z.output<typeof politicalPrisoners.schema>;
type ReleaseRow = z.output<typeof releases.schema>;

/** A figure quoted in the copy, with the row it comes from so the copy can cite it. */
export interface Figure {
  value: number;
  date: string;
  source_name: string;
  source_url: string;
}

/**
 * The figures that story copy may quote, by name, computed from the data so that an editor's CSV
 * change updates the prose. Each figure is one sourced row; nothing is summed or rounded.
 *
 * @example
 * prisonerFigures(rows)["prisoners.latest"] // {value: 1140, date: "2026-03-05", …}
 */
export function prisonerFigures(rows: readonly PrisonerRow[]): Record<string, Figure> {
  if (rows.length === 0) return {};
  const byDate = [...rows].sort((a, b) => a.date.localeCompare(b.date));
  const figure = (row: PrisonerRow, value = row.count): Figure => ({
    value,
    date: row.date,
    source_name: row.source_name,
    source_url: row.source_url,
  });
  const latest = byDate.at(-1)!;
  const peak = byDate.reduce((max, row) => (row.count > max.count ? row : max));
  const first = byDate[0]!;
  const women = byDate.filter((row) => row.women !== undefined).at(-1);
  return {
    "prisoners.first": figure(first),
    "prisoners.peak": figure(peak),
    "prisoners.latest": figure(latest),
    ...(women ? { "prisoners.latestWomen": figure(women, women.women) } : {}),
  };
}

/**
 * Figures about releases: the first release event on record (the start of the pardon waves).
 *
 * @example
 * releaseFigures(rows)["releases.first"] // {value: 18, date: "2024-07-03", …}
 */
export function releaseFigures(rows: readonly ReleaseRow[]): Record<string, Figure> {
  const first = [...rows].sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!first) return {};
  return {
    "releases.first": {
      value: first.released,
      date: first.date,
      source_name: first.source_name,
      source_url: first.source_url,
    },
  };
}
