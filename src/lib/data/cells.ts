import { z } from "astro/zod";
import countries from "i18n-iso-countries";

/**
 * Cell types for the data schemas. Each turns the text of one CSV cell into a typed value, or
 * reports what is wrong in words an editor understands. The `expected` text travels with the
 * issue (as `params.expected`) so every message can say what the cell should have held.
 *
 * These are the only place where editor strings are coerced into numbers, dates and codes.
 */

/** What a failed cell check reports. */
interface Invalid {
  invalid: string;
  expected?: string;
}

const invalid = (message: string, expected?: string): Invalid =>
  expected === undefined ? { invalid: message } : { invalid: message, expected };
const isInvalid = (value: unknown): value is Invalid =>
  typeof value === "object" && value !== null && "invalid" in value;

/**
 * Builds a required cell type from a parse function. Surrounding spaces are ignored, as
 * spreadsheets often add them invisibly.
 */
function cell<T>(expected: string, parse: (text: string) => T | Invalid) {
  return z.string().transform((raw, ctx): T => {
    const text = raw.trim();
    const result = text === "" ? invalid("empty cell") : parse(text);
    if (isInvalid(result)) {
      ctx.addIssue({ code: "custom", message: result.invalid, params: { expected: result.expected ?? expected } });
      return z.NEVER;
    }
    return result;
  });
}

/** Makes a cell type optional: an empty cell becomes `undefined`, anything else must be valid. */
export function optional<T>(type: z.ZodType<T, string>) {
  return z.string().transform((raw, ctx): T | undefined => {
    if (raw.trim() === "") return undefined;
    const result = type.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: "custom", message: issue.message, params: (issue as { params?: object }).params });
    }
    return z.NEVER;
  });
}

/** Free text that must not be empty, e.g. a title or a source's name. */
export const text = () => cell("some text", (value) => value);

/**
 * The Belarusian or Russian version of a prose cell, in the column `<column>_be` or `<column>_ru`
 * right after the English one. It is required like the English text, so that a missing
 * translation stops the build with its file, line and column instead of leaving a gap in one
 * edition; the expected text names the language and the English column it translates.
 */
export const translation = (language: "Belarusian" | "Russian", column: string) =>
  cell(`the ${language} text of ${column}`, (value) => value);

/**
 * A person's name as an edition writes it, in the column `name_be` or `name_ru` beside the English
 * one. Required, like a translation: a name left empty would stop the Belarusian or Russian page
 * from naming the person at all, or name them in the Latin alphabet.
 */
export const personName = (language: "Belarusian" | "Russian") =>
  cell(`the name as Viasna's ${language} pages write it`, (value) => value);

/** Free text that may be empty, e.g. a note. Kept as written, apart from surrounding spaces. */
export const note = () => z.string().transform((raw) => raw.trim() || undefined);

const WHOLE = "a whole number, 0 or more, written with digits only, like 1206";

/** A count of people or things: a whole number, 0 or more, with no thousands separator. */
export const count = () =>
  cell(WHOLE, (value) => {
    if (/^-\s*\d/.test(value)) return invalid("negative number");
    if (/^\d{1,3}([,.\s\u00a0\u202f']\d{3})+$/.test(value)) return invalid("written with a thousands separator");
    if (/^\d+[.,]\d+$/.test(value)) return invalid("not a whole number");
    if (!/^\d+$/.test(value)) return invalid("not a number");
    return Number(value);
  });

/** A whole number that may be negative, e.g. a net migration balance. */
export const integer = () =>
  cell("a whole number written with digits only, like 12509 or -980", (value) => {
    if (/^-?\d{1,3}([,.\s\u00a0\u202f']\d{3})+$/.test(value)) return invalid("written with a thousands separator");
    if (/^-?\d+[.,]\d+$/.test(value)) return invalid("not a whole number");
    if (!/^-?\d+$/.test(value)) return invalid("not a number");
    return Number(value);
  });

/** A decimal number with a point, within bounds, e.g. a latitude. */
export const decimal = (min: number, max: number, example: string) =>
  cell(`a number from ${min} to ${max} with a decimal point, like ${example}`, (value) => {
    if (/^-?\d+,\d+$/.test(value)) return invalid("written with a decimal comma");
    if (!/^-?\d+(\.\d+)?$/.test(value)) return invalid("not a number");
    const number = Number(value);
    return number < min || number > max ? invalid("out of range") : number;
  });

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];

function checkDay(year: number, month: number, day: number): Invalid | undefined {
  if (month < 1 || month > 12) return invalid("not a real calendar date (there is no month " + month + ")");
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  if (day < 1 || day > days) {
    return invalid(`not a real calendar date (${MONTH_NAMES[month - 1]} ${year} has ${days} days)`);
  }
  return undefined;
}

const DAY = "a date written YYYY-MM-DD, like 2024-03-31";

/** An ISO 8601 calendar date, `YYYY-MM-DD`, kept as that string. */
export const isoDate = () =>
  cell(DAY, (value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return invalid(looksLikeLocalDate(value) ? "date not written year first" : "not a date");
    return checkDay(Number(match[1]), Number(match[2]), Number(match[3])) ?? value;
  });

/**
 * A date known to the day (`YYYY-MM-DD`) or only to the month (`YYYY-MM`). Month precision is
 * kept: the string is returned as written so a chart never shows a false exact day.
 */
export const isoDateOrMonth = () =>
  cell("a date written YYYY-MM-DD, or YYYY-MM when only the month is known, like 2021-10", (value) => {
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
    if (!match) return invalid(looksLikeLocalDate(value) ? "date not written year first" : "not a date");
    return checkDay(Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])) ?? value;
  });

/** A reporting period: a year (`2022`) for a yearly figure, or an as-of date `YYYY-MM-DD`. */
export const period = () =>
  cell("a year like 2022, or a date written YYYY-MM-DD like 2024-03-31", (value) => {
    if (/^\d{4}$/.test(value)) return value;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return invalid(looksLikeLocalDate(value) ? "date not written year first" : "not a year or a date");
    return checkDay(Number(match[1]), Number(match[2]), Number(match[3])) ?? value;
  });

/** Dates such as 31.03.2024 or 3/31/2024, which spreadsheets produce when they reformat a column. */
function looksLikeLocalDate(value: string): boolean {
  return /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(value);
}

/** One of a fixed list of words, e.g. a timeline category. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  cell(`one of ${values.join(", ")}`, (value) =>
    (values as readonly string[]).includes(value) ? (value as T[number]) : invalid("not an allowed value"),
  );

/** A name for a series: lower-case words joined by underscores, e.g. `ngos_liquidated_cumulative`. */
export const slug = () =>
  cell("lower-case letters, digits and underscores, like ngos_liquidated_cumulative", (value) =>
    /^[a-z0-9]+(_[a-z0-9]+)*$/.test(value) ? value : invalid("not a series name"),
  );

/** An http(s) address as written, or what is wrong with it. */
function pageAddress(value: string): string | Invalid {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return invalid("not a web address");
  }
  return url.protocol === "https:" || url.protocol === "http:"
    ? value
    : invalid("not a web page address (only http:// and https:// links can be published)");
}

/** A web address that a reader can open: http or https only. */
export const webAddress = () => cell("a web address starting with https:// or http://", pageAddress);

/** The word that marks a spelling no page has been found for yet (see spellingSource). */
export const UNVERIFIED = "unverified";

/**
 * Where a person's Belarusian or Russian spelling was read: the address of the page (Viasna's own,
 * wherever it can be found), or the word `unverified` while no page has been found. The word is a
 * fixed value, not free text, so that the unchecked spellings can be listed and counted.
 */
export const spellingSource = () =>
  cell(`the address of the page the spelling was read on, or "${UNVERIFIED}"`, (value) =>
    value === UNVERIFIED ? value : pageAddress(value),
  );

const ALPHA3 = 'a three-letter ISO 3166-1 country code such as "POL"';
const NUMERIC = 'a three-digit ISO 3166-1 numeric code such as "616" (Poland) or "056" (Belgium)';

/** An ISO 3166-1 alpha-3 country code, e.g. `POL`. */
export const iso3 = () =>
  cell(ALPHA3, (value) => {
    if (!/^[A-Za-z]{3}$/.test(value)) return invalid("not a country code");
    if (value !== value.toUpperCase()) return invalid("country code not in capitals", `"${value.toUpperCase()}"`);
    return countries.isValid(value) ? value : invalid("unknown country code");
  });

/**
 * An ISO 3166-1 numeric country code kept as three-character text, the form world-atlas uses for
 * its feature ids. A code that a spreadsheet shortened (056 → 56) is reported as such.
 */
export const isoNumeric = () =>
  cell(NUMERIC, (value) => {
    if (/^\d{1,2}$/.test(value) && countries.isValid(value.padStart(3, "0"))) {
      return invalid("country code lost its leading zero", `"${value.padStart(3, "0")}" (format the column as text)`);
    }
    if (!/^\d{3}$/.test(value)) return invalid("not a country code");
    return countries.isValid(value) ? value : invalid("unknown country code");
  });

/** The alpha-3 code that belongs to a numeric code, for checking that a row's two codes agree. */
export const alpha3For = (numeric: string): string | undefined => countries.numericToAlpha3(numeric);
