import {
  latestByCountryAndMetric,
  mappable,
  periodTime,
  type DestinationRow,
  type MappableRow,
} from "../data/exileFigures.ts";
import type { MapGeometry } from "./exileGeometry.ts";

/** Belarus's ISO 3166-1 numeric code, as world-atlas stores it. */
export const BELARUS = "112";

/** A country's place on the map: where its symbol goes, and which of its figures are shown. */
export interface Placed {
  iso3: string;
  iso_numeric: string;
  country: string;
  anchor: [number, number];
  /** Its latest figure in the compared series, if it has one. */
  figure?: MappableRow | undefined;
  /** Otherwise its latest figure in any other series, which is named, not sized. */
  other?: MappableRow | undefined;
}

/**
 * Splits the destination countries with data into those on the map (each with its latest
 * figure in `metric`, or its latest other figure) and those outside the frame. Pure, so that the
 * legend, the table and tests all see the same split; driven only by the rows, so a new
 * country's row puts it on the map with no code change.
 */
export function placeCountries(
  rows: readonly DestinationRow[],
  geometry: MapGeometry,
  metric: string,
): { placed: Placed[]; offMap: { iso3: string; country: string }[] } {
  const latest = latestByCountryAndMetric(mappable(rows));
  const shapes = new Map(geometry.countries.map((country) => [country.id, country]));
  const byCountry = new Map<string, MappableRow[]>();
  for (const row of latest) byCountry.set(row.iso3, [...(byCountry.get(row.iso3) ?? []), row]);
  const placed: Placed[] = [];
  const offMap: { iso3: string; country: string }[] = [];
  for (const [iso3, figures] of byCountry) {
    const first = figures[0]!;
    const shape = shapes.get(first.iso_numeric);
    if (!shape) {
      offMap.push({ iso3, country: first.country });
      continue;
    }
    const figure = figures.find((row) => row.metric === metric);
    const other = figure ? undefined : figures.reduce((a, b) => (periodTime(b.period) > periodTime(a.period) ? b : a));
    placed.push({ iso3, iso_numeric: first.iso_numeric, country: first.country, anchor: shape.anchor, figure, other });
  }
  return { placed, offMap };
}
