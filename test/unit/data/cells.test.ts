import type { z } from "astro/zod";
import { describe, expect, test } from "vitest";
import {
  alpha3For,
  count,
  decimal,
  integer,
  isoDate,
  isoDateOrMonth,
  isoNumeric,
  iso3,
  note,
  oneOf,
  optional,
  period,
  slug,
  text,
  webAddress,
} from "../../../src/lib/data/cells.ts";

/** A cell's value, or its first problem as `message (expected)`. */
function read<T>(type: z.ZodType<T, string>, raw: string): { value: T } | { problem: string } {
  const result = type.safeParse(raw);
  if (result.success) return { value: result.data };
  const issue = result.error.issues[0]!;
  const expected = (issue as { params?: { expected?: string } }).params?.expected;
  return { problem: `${issue.message} (${expected ?? ""})` };
}
const problemOf = <T>(type: z.ZodType<T, string>, raw: string) => {
  const result = read(type, raw);
  return "problem" in result ? result.problem : undefined;
};

describe("count()", () => {
  test("reads a whole number, ignoring the spaces a spreadsheet adds", () => {
    expect(read(count(), " 1206 ")).toEqual({ value: 1206 });
    expect(read(count(), "0")).toEqual({ value: 0 });
  });

  test("names what is wrong with a negative, separated, decimal or empty cell, and what it expected", () => {
    expect(problemOf(count(), "-3")).toMatch(/^negative number \(a whole number, 0 or more/);
    expect(problemOf(count(), "1,206")).toMatch(/^written with a thousands separator/);
    expect(problemOf(count(), "1 206")).toMatch(/^written with a thousands separator/);
    expect(problemOf(count(), "12.5")).toMatch(/^not a whole number/);
    expect(problemOf(count(), "many")).toMatch(/^not a number/);
    expect(problemOf(count(), "  ")).toMatch(/^empty cell/);
  });
});

describe("integer() and decimal()", () => {
  test("an integer may be negative but never decimal", () => {
    expect(read(integer(), "-980")).toEqual({ value: -980 });
    expect(problemOf(integer(), "-9,800")).toMatch(/^written with a thousands separator/);
    expect(problemOf(integer(), "1.5")).toMatch(/^not a whole number/);
  });

  test("a decimal keeps to its bounds and refuses a decimal comma", () => {
    expect(read(decimal(-90, 90, "54.69"), "54.69")).toEqual({ value: 54.69 });
    expect(problemOf(decimal(-90, 90, "54.69"), "91")).toMatch(/^out of range \(a number from -90 to 90/);
    expect(problemOf(decimal(-90, 90, "54.69"), "54,69")).toMatch(/^written with a decimal comma/);
  });
});

describe("dates", () => {
  test("an ISO date is kept as written, and an impossible day is named with its month's length", () => {
    expect(read(isoDate(), "2024-02-29")).toEqual({ value: "2024-02-29" });
    expect(problemOf(isoDate(), "2023-02-29")).toMatch(/^not a real calendar date \(February 2023 has 28 days\)/);
    expect(problemOf(isoDate(), "2023-13-01")).toMatch(/there is no month 13/);
    expect(problemOf(isoDate(), "1900-02-29")).toMatch(/February 1900 has 28 days/);
  });

  test("a date a spreadsheet reformatted is told apart from text that is no date at all", () => {
    expect(problemOf(isoDate(), "31.03.2024")).toMatch(/^date not written year first/);
    expect(problemOf(isoDate(), "3/31/2024")).toMatch(/^date not written year first/);
    expect(problemOf(isoDate(), "last spring")).toMatch(/^not a date/);
  });

  test("month precision stays a month, and a period is a year or a day", () => {
    expect(read(isoDateOrMonth(), "2021-10")).toEqual({ value: "2021-10" });
    expect(problemOf(isoDateOrMonth(), "2021-00")).toMatch(/there is no month 0/);
    expect(read(period(), "2022")).toEqual({ value: "2022" });
    expect(read(period(), "2024-03-31")).toEqual({ value: "2024-03-31" });
    expect(problemOf(period(), "2024-03")).toMatch(/^not a year or a date/);
  });
});

describe("words, names and addresses", () => {
  test("text must not be empty; a note may be, and becomes undefined", () => {
    expect(read(text(), " Viasna ")).toEqual({ value: "Viasna" });
    expect(problemOf(text(), "")).toMatch(/^empty cell \(some text\)/);
    expect(read(note(), "   ")).toEqual({ value: undefined });
    expect(read(note(), " as reported ")).toEqual({ value: "as reported" });
  });

  test("oneOf and slug accept only their words", () => {
    expect(read(oneOf(["law", "arrest"]), "law")).toEqual({ value: "law" });
    expect(problemOf(oneOf(["law", "arrest"]), "Law")).toMatch(/^not an allowed value \(one of law, arrest\)/);
    expect(read(slug(), "ngos_liquidated_cumulative")).toEqual({ value: "ngos_liquidated_cumulative" });
    expect(problemOf(slug(), "NGOs liquidated")).toMatch(/^not a series name/);
  });

  test("a web address must be one a reader can open", () => {
    expect(read(webAddress(), "https://spring96.org/en")).toEqual({ value: "https://spring96.org/en" });
    expect(problemOf(webAddress(), "javascript:alert(1)")).toMatch(/^not a web page address/);
    expect(problemOf(webAddress(), "spring96.org")).toMatch(/^not a web address/);
  });
});

describe("country codes", () => {
  test("an alpha-3 code must be a real one, in capitals, and says which capitals it meant", () => {
    expect(read(iso3(), "POL")).toEqual({ value: "POL" });
    expect(problemOf(iso3(), "pol")).toBe('country code not in capitals ("POL")');
    expect(problemOf(iso3(), "XYZ")).toMatch(/^unknown country code/);
    expect(problemOf(iso3(), "PL")).toMatch(/^not a country code/);
  });

  test("a numeric code keeps its leading zero, and a shortened one is reported as such", () => {
    expect(read(isoNumeric(), "056")).toEqual({ value: "056" });
    expect(problemOf(isoNumeric(), "56")).toBe('country code lost its leading zero ("056" (format the column as text))');
    expect(problemOf(isoNumeric(), "999")).toMatch(/^unknown country code/);
    expect(alpha3For("616")).toBe("POL");
    expect(alpha3For("999")).toBeUndefined();
  });
});

describe("optional(type)", () => {
  test("an empty cell is undefined, and anything else must still be valid", () => {
    expect(read(optional(count()), " ")).toEqual({ value: undefined });
    expect(read(optional(count()), "12")).toEqual({ value: 12 });
    expect(problemOf(optional(count()), "12.5")).toMatch(/^not a whole number \(a whole number, 0 or more/);
  });
});
