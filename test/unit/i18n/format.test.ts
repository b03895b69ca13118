import { describe, expect, test } from "vitest";
import { fill, formatters } from "../../../src/lib/i18n/format.ts";

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
