import { describe, expect, test } from "vitest";
import { axisTicks, collapseDoubleStops, fill, fillPlural, formatters } from "../../../src/lib/i18n/format.ts";

describe("formatters(locale)", () => {
  const en = formatters("en");

  test("writes numbers with the edition's grouping", () => {
    expect(en.number(1140)).toBe("1,140");
    expect(en.number(-980)).toBe("-980");
  });

  test("writes a day, a month and a year each at its own precision, never inventing a day", () => {
    expect(en.date("2026-03-05")).toBe("5 March 2026");
    expect(en.date("2021-10")).toBe("October 2021");
    expect(en.date("2022")).toBe("2022");
    expect(formatters("en", { monthStyle: "short" }).date("2026-03-05")).toBe("5 Mar 2026");
  });

  test("keeps a calendar date on its day whatever the machine's time zone", () => {
    // Midnight UTC on the 1st is still the 31st in any zone west of Greenwich.
    expect(en.date("2020-08-01")).toBe("1 August 2020");
    expect(en.date("2020-12-31")).toBe("31 December 2020");
  });
});

describe("fill(template, values)", () => {
  test("fills every named slot, and leaves a slot with no value as written so it shows", () => {
    expect(fill("at least {count} on {date}", { count: "1,140", date: "5 March 2026" })).toBe(
      "at least 1,140 on 5 March 2026",
    );
    expect(fill("{count} of {total}", { count: "3" })).toBe("3 of {total}");
  });
});

describe("the Belarusian and Russian formats", () => {
  const be = formatters("be");
  const ru = formatters("ru");

  test("group thousands with a no-break space, four-digit numbers too", () => {
    expect(be.number(1206)).toBe("1\u00a0206");
    expect(ru.number(1206)).toBe("1\u00a0206");
    expect(be.number(124438)).toBe("124\u00a0438");
  });

  test("write a day with the genitive month and a month alone in the nominative", () => {
    expect(be.date("2020-08-09")).toBe("9 жніўня 2020 г.");
    expect(ru.date("2020-08-09")).toBe("9 августа 2020 г.");
    expect(be.date("2020-08")).toMatch(/^жнівень 2020/);
    expect(ru.date("2020-08")).toMatch(/^август 2020/);
  });

  test("pick plural forms by Intl.PluralRules: 1 год, 2 гады, 5 гадоў", () => {
    const years = "{n, plural, one {# год} few {# гады} many {# гадоў} other {# года}}";
    expect([1, 2, 5, 21, 1206].map((n) => fillPlural(years, { n }, be))).toEqual([
      "1 год",
      "2 гады",
      "5 гадоў",
      "21 год",
      "1\u00a0206 гадоў",
    ]);
    expect(
      fillPlural("{n, plural, one {# event} other {# events}} of {total}", { n: 1, total: 3 }, formatters("en")),
    ).toBe("1 event of 3");
  });

  test("drop a sentence's full stop after a date that ends in г.", () => {
    expect(collapseDoubleStops('<p>Да <time datetime="2020-08-09">9 жніўня 2020 г.</time>.</p>')).toBe(
      '<p>Да <time datetime="2020-08-09">9 жніўня 2020 г.</time></p>',
    );
    expect(collapseDoubleStops("Etc... and so on.")).toBe("Etc... and so on.");
  });

  test("label axes in the edition's language, and leave English to Plot", () => {
    expect(axisTicks("en")).toBeUndefined();
    const ticks = ["2020-08-01", "2020-10-01", "2020-12-01", "2021-02-01"].map((iso) => new Date(`${iso}T00:00:00Z`));
    const ru = axisTicks("ru")!;
    expect(ticks.map((tick, index) => ru.date(tick, index, ticks))).toEqual([
      "авг.\n2020",
      "окт.",
      "дек.",
      "февр.\n2021",
    ]);
    const years = ["2021-01-01", "2022-01-01"].map((iso) => new Date(`${iso}T00:00:00Z`));
    expect(years.map((tick, index) => ru.date(tick, index, years))).toEqual(["2021", "2022"]);
    expect(ru.number(1500)).toBe("1\u00a0500");
  });
});
