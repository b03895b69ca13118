import { describe, expect, test } from "vitest";
import { prisonerFigures } from "../../../src/lib/data/figures.ts";
import { escapeHtml, fillFigures, stepHtml } from "../../../src/lib/data/fillFigures.ts";
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

describe("fillFigures(html, figures)", () => {
  const figures = prisonerFigures(rows);

  test("puts numbers and dates from the data into the copy, citing the source", () => {
    const html = fillFigures("<p>{{prisoners.latest}} on {{ prisoners.latest.date }}</p>", figures, format, "intro.md");
    expect(html).toBe(
      '<p><data value="1140" title="Source: Source of 2026-03-05">1,140</data> on <time datetime="2026-03-05">5 March 2026</time></p>',
    );
  });

  test("names a figure's source, linked to its page, and the women among a dated count", () => {
    const html = fillFigures(
      "{{prisoners.2025-12-31}}, {{prisoners.2025-12-31.women}} women ({{prisoners.2025-12-31.source}})",
      figures,
      format,
      "chapter.md",
    );
    expect(html).toBe(
      '<data value="1131" title="Source: Source of 2025-12-31">1,131</data>, ' +
        '<data value="167" title="Source: Source of 2025-12-31">167</data> women ' +
        '(<a href="https://example.org/2025-12-31" rel="noopener noreferrer external" referrerpolicy="no-referrer">Source of 2025-12-31</a>)',
    );
    expect(() => fillFigures("{{prisoners.2026-03-05.women}}", figures, format, "chapter.md")).toThrow(/unknown figure/);
  });

  test("escapes text that comes from the data", () => {
    const hostile = prisonerFigures([{ ...row("2024-01-01", 5), source_name: '<script>alert("x")</script>' }]);
    const html = fillFigures("{{prisoners.latest}}", hostile, format, "intro.md");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;script&#62;");
  });

  test("stops with the file and the known names when the copy asks for an unknown figure", () => {
    expect(() => fillFigures("<p>{{prisoners.lastest}}</p>", figures, format, "src/content/story/en/intro.md")).toThrow(
      'src/content/story/en/intro.md: unknown figure {{prisoners.lastest}} — expected one of {{prisoners.first}}, {{prisoners.peak}}, {{prisoners.latest}}, {{prisoners.latestWomen}} (or a name with a date, like {{prisoners.2020-12-31}}), found "{{prisoners.lastest}}"',
    );
  });
});

describe("stepHtml(text, figures)", () => {
  test("makes paragraphs at line breaks, escapes the copy and fills its slots", () => {
    const html = stepHtml("At least {{prisoners.latest}} <b>held</b>.\nNext paragraph.", prisonerFigures(rows), format, "f.md");
    expect(html).toBe(
      '<p>At least <data value="1140" title="Source: Source of 2026-03-05">1,140</data> &#60;b&#62;held&#60;/b&#62;.</p><p>Next paragraph.</p>',
    );
  });
});

describe("fillFigures(html, figures): slots and links", () => {
  const figures = prisonerFigures(rows);

  test("fills every slot in the text, and leaves text without slots as it is", () => {
    expect(fillFigures("<p>No figures here {not a slot}</p>", figures, format, "f.md")).toBe("<p>No figures here {not a slot}</p>");
    const html = fillFigures("{{prisoners.first}} then {{prisoners.latest}}", figures, format, "f.md");
    expect(html.match(/<data /g)).toHaveLength(2);
    expect(html).toContain('value="24"');
    expect(html).toContain('value="1140"');
  });

  test("escapes the source address and name in the link", () => {
    const hostile = prisonerFigures([
      { ...row("2024-01-01", 5), source_url: 'https://example.org/?a=1&b="x"', source_name: "A & B <i>" },
    ]);
    const html = fillFigures("{{prisoners.latest.source}}", hostile, format, "f.md");
    expect(html).toBe(
      '<a href="https://example.org/?a=1&#38;b=&#34;x&#34;" rel="noopener noreferrer external" referrerpolicy="no-referrer">A &#38; B &#60;i&#62;</a>',
    );
  });

  test("an unknown figure's message lists the names without dates only", () => {
    const dated = { ...figures, "prisoners.2025-12-31": figures["prisoners.latest"]! };
    expect(() => fillFigures("{{nope}}", dated, format, "f.md")).toThrow(/expected one of [^(]*\{\{prisoners\.latestWomen\}\} \(/);
    expect(() => fillFigures("{{nope}}", dated, format, "f.md")).not.toThrow(/\{\{prisoners\.2025-12-31\}\},/);
  });

  test("an unknown figure stops the build even when only its source is asked for", () => {
    expect(() => fillFigures("{{prisoners.nothing.source}}", figures, format, "f.md")).toThrow(/^f\.md: unknown figure/);
  });
});

describe("escapeHtml(text)", () => {
  test("writes the five markup characters as numeric references, and nothing else", () => {
    expect(escapeHtml(`<a href="x">'&'</a> Вясна`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62; Вясна");
  });
});

describe("stepHtml(text, figures): paragraphs", () => {
  test("trims the text, folds runs of spaces and skips empty lines between paragraphs", () => {
    expect(stepHtml("\n  One   line\n\n\nTwo\tlines \n", {}, format, "f.md")).toBe("<p>One line</p><p>Two lines</p>");
  });
});
