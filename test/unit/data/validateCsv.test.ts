import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  emigrationEstimates,
  exileDestinations,
  politicalPrisoners,
  releases,
  timeline,
} from "../../../src/lib/data/datasets.ts";
import type { Dataset } from "../../../src/lib/data/dataset.ts";
import { formatProblem } from "../../../src/lib/data/problem.ts";
import { validateCsv } from "../../../src/lib/data/validateCsv.ts";

/** A fixed "today", so that the future-date check does not depend on the clock. */
const TODAY = "2026-11-22";
const check = <D extends Dataset>(dataset: D, file: string) =>
  validateCsv(dataset, readFileSync(file), { file, today: TODAY });
const messages = (dataset: Dataset, file: string) => check(dataset, file).problems.map(formatProblem);

const WHOLE = "expected a whole number, 0 or more, written with digits only, like 1206";
const DAY = "expected a date written YYYY-MM-DD, like 2024-03-31";
const URL = "expected a web address starting with https:// or http://";
const UTF8 = 'expected UTF-8 text (in Excel choose "CSV UTF-8"; in LibreOffice set the character set to Unicode (UTF-8))';

describe("validateCsv(dataset, bytes) accepts what editors' spreadsheets really produce", () => {
  test("a UTF-8 file with a byte order mark, CRLF line endings, a quoted comma and line break, and trailing blank rows", () => {
    const file = "test/fixtures/valid/excel-quirks.csv";
    const { rows, problems } = check(politicalPrisoners, file);
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.line)).toEqual([2, 4]);
    expect(rows.map((row) => row.value)).toMatchObject([
      { date: "2024-01-31", count: 1429, women: undefined, source_name: "Viasna" },
      { date: "2024-03-31", count: 1402, women: 171 },
    ]);
    expect(rows[0]!.value).toHaveProperty("note", "A note, with a comma\r\nand a second line");
  });

  test("a semicolon-separated export from a European Excel, with a notice saying so", () => {
    const file = "test/fixtures/valid/semicolon-excel.csv";
    const { rows, problems, notices } = check(politicalPrisoners, file);
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.value.count)).toEqual([1429, 1402]);
    expect(rows[0]!.value).toHaveProperty("note", "Quoted; with a semicolon");
    expect(notices).toEqual([`${file}: read as semicolon-separated (a European Excel export); that is fine.`]);
  });
});

describe("validateCsv(dataset, bytes) reports every problem in one run, as file:line:column", () => {
  test("a file saved as Windows-1251 is named as such, at the first Cyrillic cell", () => {
    const file = "test/fixtures/broken/windows-1251.csv";
    expect(messages(politicalPrisoners, file)).toEqual([
      `${file}:3:source_name  file is not saved as UTF-8: it looks like Windows-1251 (Cyrillic) — ${UTF8}, found "Вясна"`,
    ]);
  });

  test("a file saved as UTF-16 is named as such", () => {
    const file = "test/fixtures/broken/utf-16.csv";
    expect(messages(politicalPrisoners, file)).toEqual([
      `${file}:1:date  file is not saved as UTF-8: it looks like UTF-16 little-endian — ${UTF8}, found "date,count,women,source_url,source_name,note"`,
    ]);
  });

  test("a renamed column and a missing column", () => {
    const file = "test/fixtures/broken/missing-and-renamed-columns.csv";
    expect(messages(politicalPrisoners, file)).toEqual([
      `${file}:1:count  column is misnamed — expected a column named "count", found "Count"`,
      `${file}:1:women  missing column — expected a column named "women", found "date,Count,source_url,source_name,note"`,
    ]);
  });

  test("impossible, future and day-first dates, bad counts, bad links, empty cells, duplicates and extra cells", () => {
    const file = "test/fixtures/broken/bad-cells.csv";
    expect(messages(politicalPrisoners, file)).toEqual([
      `${file}:2:date  not a real calendar date (February 2023 has 28 days) — ${DAY}, found "2023-02-30"`,
      `${file}:3:date  date is in the future — expected a date no later than 2026-11-22, found "2099-01-01"`,
      `${file}:4:count  negative number — ${WHOLE}, found "-5"`,
      `${file}:5:count  not a whole number — ${WHOLE}, found "12.5"`,
      `${file}:6:count  written with a thousands separator — ${WHOLE}, found "1,206"`,
      `${file}:7:women  more women than people in the count — expected at most the count on this row (10), found "20"`,
      `${file}:8:source_url  not a web page address (only http:// and https:// links can be published) — ${URL}, found "ftp://files.example/x.csv"`,
      `${file}:9:source_name  empty cell — expected some text, found ""`,
      `${file}:10:date  date not written year first — ${DAY}, found "31.07.2024"`,
      `${file}:11:date  duplicate row: same date as line 4 — expected each date only once, found "2024-01-31"`,
      `${file}:12:source_url  not a web page address (only http:// and https:// links can be published) — ${URL}, found "javascript:alert(1)"`,
      `${file}:13:note  row has more cells than there are columns (is a comma missing its quotes?) — expected 6 cells, one per column, found "that was not quoted"`,
      `${file}:14:count  empty cell — ${WHOLE}, found ""`,
      `${file}:14:source_url  not a web address — ${URL}, found "www.example.com"`,
    ]);
  });

  test("unknown and mismatched country codes, a lost leading zero, and a negative count", () => {
    const file = "test/fixtures/broken/unknown-country.csv";
    const result = check(exileDestinations, file);
    expect(result.problems.map(formatProblem)).toEqual([
      `${file}:2:iso3  unknown country code — expected a three-letter ISO 3166-1 country code such as "POL", found "ATL"`,
      `${file}:2:iso_numeric  unknown country code — expected a three-digit ISO 3166-1 numeric code such as "616" (Poland) or "056" (Belgium), found "999"`,
      `${file}:3:iso_numeric  country code lost its leading zero — expected "056" (format the column as text), found "56"`,
      `${file}:4:iso3  does not match iso_numeric — expected "POL", the code for 616, found "LTU"`,
      `${file}:5:period  not a real calendar date (February 2022 has 28 days) — expected a year like 2022, or a date written YYYY-MM-DD like 2024-03-31, found "2022-02-30"`,
      `${file}:6:value  negative number (only net_… balances may be negative) — expected a whole number, 0 or more, like 1206, found "-980"`,
    ]);
    // A net balance may be negative, and an aggregate row has no codes.
    expect(result.rows.map((row) => [row.line, row.value.value, row.value.iso_numeric])).toEqual([
      [7, -980, "268"],
      [8, 309000, undefined],
    ]);
  });

  test("timeline categories, precisions and month-precision dates", () => {
    const file = "test/fixtures/broken/timeline-categories.csv";
    expect(messages(timeline, file)).toEqual([
      `${file}:2:category  not an allowed value — expected one of election, protest, arrest, sentence, law, exile, release, death, media, international, found "riot"`,
      `${file}:3:date  a month-precision date must fall on the 1st — expected 2021-06-01, found "2021-06-15"`,
      `${file}:4:date_precision  not an allowed value — expected one of day, month, found "year"`,
    ]);
  });

  test("an unclosed quote is reported once, at the line where it opens", () => {
    const file = "test/fixtures/broken/unterminated-quote.csv";
    expect(messages(releases, file)).toEqual([
      `${file}:3:event  a quote mark (") opens a cell but is never closed — expected a closing " at the end of the cell, found "Pardon decree, 30 people,Указ,Указ,https://a.example/,Example,↵2024-09-16,37,Pa…"`,
    ]);
  });

  test("month-precision estimates: an impossible month, a reversed range, an empty range, a future month", () => {
    const file = "test/fixtures/broken/estimates-ranges.csv";
    const result = check(emigrationEstimates, file);
    expect(result.problems.map(formatProblem)).toEqual([
      `${file}:2:date  not a real calendar date (there is no month 13) — expected a date written YYYY-MM-DD, or YYYY-MM when only the month is known, like 2021-10, found "2021-13"`,
      `${file}:3:estimate_low  low estimate above the high estimate — expected at most estimate_high (200000), found "300000"`,
      `${file}:4:estimate_low  empty cell (estimate_low and estimate_high are both empty) — expected at least one of estimate_low and estimate_high, found ""`,
      `${file}:5:date  date is in the future — expected a date no later than 2026-11-22, found "2027-01"`,
    ]);
  });
});
