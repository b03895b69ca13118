import { describe, expect, test } from "vitest";
import {
  destinationFigures,
  estimateFigures,
  eventFigures,
  metricFigures,
  prisonerFigures,
  releaseFigures,
} from "../../../src/lib/data/figures.ts";
import { fillFigures } from "../../../src/lib/data/fillFigures.ts";
import { formatters } from "../../../src/lib/i18n/format.ts";

const row = (date: string, count: number, women?: number) => ({
  date,
  count,
  women,
  source_url: `https://example.org/${date}`,
  source_name: `Source of ${date}`,
  note: undefined,
});
const rows = [row("2023-04-28", 1500), row("2020-07-31", 24), row("2026-03-05", 1140), row("2025-12-31", 1131, 167)];
const format = { ...formatters("en"), source: "Source:" };

describe("prisonerFigures(rows)", () => {
  test("takes the first, peak and latest counts from their own rows, whatever the row order", () => {
    const figures = prisonerFigures(rows);
    expect(figures["prisoners.first"]).toMatchObject({ value: 24, date: "2020-07-31" });
    expect(figures["prisoners.peak"]).toMatchObject({ value: 1500, date: "2023-04-28" });
    expect(figures["prisoners.latest"]).toMatchObject({
      value: 1140,
      date: "2026-03-05",
      source_url: "https://example.org/2026-03-05",
    });
  });

  test("quotes the latest count of women from the latest row that has one", () => {
    expect(prisonerFigures(rows)["prisoners.latestWomen"]).toMatchObject({ value: 167, date: "2025-12-31" });
  });
});

describe("releaseFigures(rows)", () => {
  test("names the first release on record", () => {
    const releases = [
      { date: "2024-08-16", released: 30, event: "b", event_be: "b", event_ru: "b", source_url: "https://b.example/", source_name: "B", note: undefined },
      { date: "2024-07-03", released: 18, event: "a", event_be: "a", event_ru: "a", source_url: "https://a.example/", source_name: "A", note: undefined },
    ];
    expect(releaseFigures(releases)["releases.first"]).toMatchObject({ value: 18, date: "2024-07-03" });
  });
});

describe("metricFigures(rows) and eventFigures(rows)", () => {
  const metric = (date: string, value: number) => ({
    date,
    metric: "persons_convicted_political_cumulative",
    value,
    source_url: `https://example.org/${date}`,
    source_name: "Viasna",
    note: undefined,
  });

  test("name a series' latest value, and its value on any date in the file", () => {
    const figures = metricFigures([metric("2024-12-31", 6550), metric("2023-12-31", 4248)]);
    expect(figures["metric.persons_convicted_political_cumulative"]).toMatchObject({ value: 6550, date: "2024-12-31" });
    expect(figures["metric.persons_convicted_political_cumulative.2023-12-31"]).toMatchObject({ value: 4248 });
  });

  test("name the first event of a category, which copy can quote only by its date", () => {
    const event = (date: string) => ({
      date,
      date_precision: "day" as const,
      category: "election" as const,
      title: date,
      title_be: date,
      title_ru: date,
      description: "d",
      description_be: "d",
      description_ru: "d",
      people: [],
      figure: undefined,
      figure_be: undefined,
      figure_ru: undefined,
      source_url: "https://example.org/",
      source_name: "TASS",
    });
    const figures = eventFigures([event("2020-09-23"), event("2020-08-09")]);
    expect(fillFigures("{{event.election.date}}", figures, format, "f.md")).toBe(
      '<time datetime="2020-08-09">9 August 2020</time>',
    );
    expect(() => fillFigures("{{event.election}}", figures, format, "f.md")).toThrow("unknown figure");
  });

  test("name one event by its date and category, and a month event only by its month", () => {
    const event = (date: string, date_precision: "day" | "month", category: "arrest" | "exile") => ({
      date,
      date_precision,
      category,
      title: `Event of ${date}`,
      title_be: `Event of ${date}`,
      title_ru: `Event of ${date}`,
      description: "d",
      description_be: "d",
      description_ru: "d",
      people: [],
      figure: undefined,
      figure_be: undefined,
      figure_ru: undefined,
      source_url: "https://example.org/",
      source_name: "Example",
    });
    const figures = eventFigures([event("2021-05-23", "day", "arrest"), event("2020-10-01", "month", "exile")]);
    expect(fillFigures("{{event.2021-05-23.arrest.date}}", figures, format, "f.md")).toBe(
      '<time datetime="2021-05-23">23 May 2021</time>',
    );
    expect(fillFigures("{{event.2020-10-01.exile.date}}", figures, format, "f.md")).toBe(
      '<time datetime="2020-10">October 2020</time>',
    );
    expect(() => fillFigures("{{event.2021-05-23.exile.date}}", figures, format, "f.md")).toThrow("unknown figure");
  });
});

describe("formatters(locale)", () => {
  test("keeps month precision: a YYYY-MM date is shown as a month, never as a day", () => {
    expect(formatters("en").date("2021-10")).toBe("October 2021");
    expect(formatters("en").date("2026-03-05")).toBe("5 March 2026");
  });
});

describe("destinationFigures(rows) and estimateFigures(rows)", () => {
  const destination = (iso3: string | undefined, metric: string, period: string, value: number) => ({
    country: iso3 ?? "European Union (aggregate)",
    iso3,
    iso_numeric: iso3 && "440",
    metric,
    period,
    value,
    source_url: `https://example.org/${period}`,
    source_name: `Source of ${period}`,
    note: undefined,
  });
  const destinations = [
    destination("LTU", "residence_permits_valid", "2026-01-01", 50286),
    destination("LTU", "residence_permits_valid", "2020", 23440),
    destination("LTU", "residence_permits_valid", "2024-07-01", 62535),
    destination("LTU", "deemed_security_threat", "2024", 598),
    destination(undefined, "first_permits_issued", "2022", 309000),
  ];

  test("name a country's latest figure in a series, and its figure for any period in the file", () => {
    const figures = destinationFigures(destinations);
    expect(figures["destination.LTU.residence_permits_valid"]).toMatchObject({ value: 50286, date: "2026-01-01" });
    expect(figures["destination.LTU.residence_permits_valid.2020"]).toMatchObject({ value: 23440, date: "2020" });
    expect(figures["destination.LTU.deemed_security_threat.2024"]?.source_url).toBe("https://example.org/2024");
    // Aggregates have no code, so they cannot be quoted as a country.
    expect(Object.keys(figures).some((name) => name.includes("first_permits_issued"))).toBe(false);
  });

  test("a yearly figure's period is quoted as the year", () => {
    const html = fillFigures(
      "<p>{{destination.LTU.deemed_security_threat.2024}} in {{destination.LTU.deemed_security_threat.2024.date}}</p>",
      destinationFigures(destinations),
      format,
      "test.md",
    );
    expect(html).toContain(">598</data> in <time datetime=\"2024\">2024</time>");
  });

  test("name each end of an estimate that the source gives, by its publication date", () => {
    const figures = estimateFigures([
      { date: "2023-06-05", estimate_low: 300000, estimate_high: 500000, scope: "s", scope_be: "s", scope_ru: "s", source_url: "https://a.example/", source_name: "PACE", note: undefined },
      { date: "2024-09-10", estimate_low: 500000, estimate_high: undefined, scope: "s", scope_be: "s", scope_ru: "s", source_url: "https://b.example/", source_name: "AP", note: undefined },
    ]);
    expect(figures["estimate.2023-06-05.low"]).toMatchObject({ value: 300000, source_name: "PACE" });
    expect(figures["estimate.2023-06-05.high"]).toMatchObject({ value: 500000 });
    expect(figures["estimate.2024-09-10.low"]).toMatchObject({ value: 500000, date: "2024-09-10" });
    expect(figures["estimate.2024-09-10.high"]).toBeUndefined();
  });
});
