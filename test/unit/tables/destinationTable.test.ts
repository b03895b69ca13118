import { describe, expect, test } from "vitest";
import { rankDestinations } from "../../../src/lib/tables/destinationTable.ts";
import { latestByCountryAndMetric, type MappableRow } from "../../../src/lib/data/exileFigures.ts";

const COUNTRIES = { POL: ["Poland", "616"], LTU: ["Lithuania", "440"], GEO: ["Georgia", "268"] } as const;
const row = (iso3: keyof typeof COUNTRIES, metric: string, period: string): MappableRow => ({
  country: COUNTRIES[iso3][0],
  iso3,
  iso_numeric: COUNTRIES[iso3][1],
  metric,
  period,
  value: 1,
  source_url: "https://example.org/",
  source_name: "Example office",
  note: undefined,
});
const key = (r: MappableRow) => `${r.iso3} ${r.metric} ${r.period}`;

// The latest figures as the table lists them: by country, then series.
const latest = latestByCountryAndMetric([
  row("POL", "residence_permits_valid", "2024-12-31"),
  row("POL", "humanitarian_visas_cumulative", "2023-12-31"),
  row("POL", "asylum_applications", "2025"),
  row("LTU", "residence_permits_valid", "2024-06-30"),
  row("LTU", "deemed_security_threat", "2025"),
  row("GEO", "net_migration", "2024"),
  row("GEO", "border_net_stayers", "2022-03-31"),
  row("GEO", "asylum_applications", "2022"),
]);

describe("rankDestinations", () => {
  test("rankDestinations(latest, draws) puts what the map draws first, then each other country's newest figure, then the newest of the rest", () => {
    const ranked = rankDestinations(latest, {
      metrics: ["residence_permits_valid", "border_net_stayers"],
      series: [{ country: "GEO", metric: "net_migration" }],
    });
    expect(ranked.map(key)).toEqual([
      // What the map draws, newest first (a year counts as its middle).
      "POL residence_permits_valid 2024-12-31",
      "GEO net_migration 2024",
      "LTU residence_permits_valid 2024-06-30",
      "GEO border_net_stayers 2022-03-31",
      // The newest figure of each country whose newest the map does not draw (Georgia's it does),
      // in the table's order for the same period.
      "LTU deemed_security_threat 2025",
      "POL asylum_applications 2025",
      // The rest, newest first.
      "POL humanitarian_visas_cumulative 2023-12-31",
      "GEO asylum_applications 2022",
    ]);
  });

  test("rankDestinations(latest, draws) keeps the table's order among figures of the same group and period", () => {
    const ranked = rankDestinations(latest, { metrics: [], series: [] });
    // Every country's newest first: Lithuania and Poland in 2025 (Lithuania first, as in the table), Georgia in 2024.
    expect(ranked.slice(0, 3).map(key)).toEqual([
      "LTU deemed_security_threat 2025",
      "POL asylum_applications 2025",
      "GEO net_migration 2024",
    ]);
    expect([...ranked].sort((a, b) => latest.indexOf(a) - latest.indexOf(b))).toEqual(latest);
  });
});
