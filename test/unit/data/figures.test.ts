import { describe, expect, test } from "vitest";
import { prisonerFigures, releaseFigures } from "../../../src/lib/data/figures.ts";
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
      { date: "2024-08-16", released: 30, event: "b", source_url: "https://b.example/", source_name: "B", note: undefined },
      { date: "2024-07-03", released: 18, event: "a", source_url: "https://a.example/", source_name: "A", note: undefined },
    ];
    expect(releaseFigures(releases)["releases.first"]).toMatchObject({ value: 18, date: "2024-07-03" });
  });
});

describe("fillFigures(html, figures)", () => {
  const figures = prisonerFigures(rows);

  test("puts numbers and dates from the data into the copy, citing the source", () => {
    const html = fillFigures("<p>{{prisoners.latest}} on {{ prisoners.latest.date }}</p>", figures, format, "intro.md");
    expect(html).toBe(
      '<p><data value="1140" title="Source: Source of 2026-03-05">1,140</data> on <time datetime="2026-03-05">5 March 2026</time></p>',
    );
  });

  test("escapes text that comes from the data", () => {
    const hostile = prisonerFigures([{ ...row("2024-01-01", 5), source_name: '<script>alert("x")</script>' }]);
    const html = fillFigures("{{prisoners.latest}}", hostile, format, "intro.md");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;script&#62;");
  });

  test("stops with the file and the known names when the copy asks for an unknown figure", () => {
    expect(() => fillFigures("<p>{{prisoners.lastest}}</p>", figures, format, "src/content/story/en/intro.md")).toThrow(
      'src/content/story/en/intro.md: unknown figure {{prisoners.lastest}} — expected one of {{prisoners.first}}, {{prisoners.peak}}, {{prisoners.latest}}, {{prisoners.latestWomen}}, found "{{prisoners.lastest}}"',
    );
  });
});

describe("formatters(locale)", () => {
  test("keeps month precision: a YYYY-MM date is shown as a month, never as a day", () => {
    expect(formatters("en").date("2021-10")).toBe("October 2021");
    expect(formatters("en").date("2026-03-05")).toBe("5 March 2026");
  });
});
