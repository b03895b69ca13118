import { describe, expect, test } from "vitest";
import { exileHubs, timeline } from "../../../src/lib/data/datasets.ts";
import { formatProblem } from "../../../src/lib/data/problem.ts";
import { namesIn } from "../../../src/lib/data/safety/names.ts";
import { privateDetails } from "../../../src/lib/data/safety/privateDetails.ts";
import { validateCsv } from "../../../src/lib/data/validateCsv.ts";

const TODAY = "2026-11-22";
const HEADER = "date,date_precision,category,title,description,people,figure,source_url,source_name";
const LISTED = new Set(["Ihar Losik", "Ales Bialiatski"]);
const bytes = (lines: string[]) => new TextEncoder().encode(`${lines.join("\n")}\n`);

describe("the validator's safety checks on people", () => {
  test("refuse an e-mail address, a phone number and an unlisted name, each at its file, line and column", () => {
    const csv = bytes([
      HEADER,
      '2021-07-14,day,arrest,Viasna searched,"Write to the family at anna.k@example.org.",Ales Bialiatski,,https://spring96.org/a,Viasna',
      "2021-07-15,day,arrest,Relatives questioned,Relatives were questioned.,Ihar Losik,call +375 29 123-45-67,https://spring96.org/b,Viasna",
      "2021-07-16,day,arrest,Neighbour detained,A neighbour was detained.,Hanna Private,,https://spring96.org/c,Viasna",
    ]);
    const { problems } = validateCsv(timeline, csv, { file: "data/timeline.csv", today: TODAY, people: LISTED });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^data\/timeline\.csv:2:description {2}an e-mail address in the text — .*found "anna\.k@example\.org"$/),
      expect.stringMatching(/^data\/timeline\.csv:3:figure {2}a phone number in the text — .*found "\+375 29 123-45-67"$/),
      expect.stringMatching(
        /^data\/timeline\.csv:4:people {2}a person who is not on the list of people the site may name — expected a name on data\/people\.csv.*found "Hanna Private"$/,
      ),
    ]);
  });

  test("find a listed given name followed by an unlisted surname in free text, and accept a listed person", () => {
    const csv = bytes([
      HEADER,
      "2021-07-14,day,arrest,Ales Bialiatski detained,Ales Bialiatski and Siarhei Neighbour were detained in Minsk City Court.,Ales Bialiatski,,https://spring96.org/a,Viasna",
    ]);
    const { problems } = validateCsv(timeline, csv, { file: "data/timeline.csv", today: TODAY, people: LISTED });
    expect(problems.map((problem) => [problem.line, problem.column, problem.found])).toEqual([
      [2, "description", "Siarhei Neighbour"],
    ]);
  });

  test("refuse coordinates more exact than a city centre, and accept a city centre", () => {
    const csv = bytes([
      "city,country,iso3,iso_numeric,latitude,longitude,note,source_url,source_name",
      "Vilnius,Lithuania,LTU,440,54.687,25.280,,https://example.org/a,Example",
      "Kaunas,Lithuania,LTU,440,54.89723,23.886,,https://example.org/b,Example",
    ]);
    const { problems } = validateCsv(exileHubs, csv, { file: "data/exile-hubs.csv", today: TODAY });
    expect(problems.map(formatProblem)).toEqual([
      'data/exile-hubs.csv:3:latitude  coordinates more exact than a city centre — expected at most 3 decimals, like 54.687, found "54.89723"',
    ]);
  });
});

describe("privateDetails(text)", () => {
  test.each([
    ["a street address", "They lived at vul. Kastrychnitskaya 19, Minsk."],
    ["a street address", "Moved to 12 Main Street last year."],
    ["a street address", "ул. Ленина, 5"],
    ["a passport or ID number", "Passport MP1234567 was seized."],
    ["a passport or ID number", "Personal number 3010190A001PB7."],
    ["exact coordinates", "Found at 53.90454, 27.56152."],
    ["a phone number", "Phone 8 (029) 123-45-67."],
  ])("finds %s in %j", (what, text) => {
    expect(privateDetails(text).map((detail) => detail.what)).toContain(what);
  });

  test.each([
    "1,206 political prisoners, including 159 women, as of 1 May 2025",
    "Civilians sentenced to 2–11 years; 80.10% officially",
    "Election day 2020-08-09; +9 since 2025-12-31; 16+ detained",
    "Pozirk: at least 13 pardon edicts since July 2024 (Kastrychnitskaya Street protest)",
    "Akrestsina detention centre, Minsk; 19,898 entered Georgia in March 2022",
  ])("finds nothing in the figures and dates the data is full of: %j", (text) => {
    expect(privateDetails(text)).toEqual([]);
  });
});

describe("namesIn(text, listed)", () => {
  test("finds known given names with a surname, and not places or organisations", () => {
    expect(namesIn("Maryia Kalesnikava tore up her passport near Minsk City Court", [])).toEqual(["Maryia Kalesnikava"]);
    expect(namesIn("Sviatlana Tsikhanouskaya's office in Vilnius", [])).toEqual(["Sviatlana Tsikhanouskaya"]);
    expect(namesIn("Keith Kellogg visited Minsk", ["Keith Kellogg"])).toEqual(["Keith Kellogg"]);
    expect(namesIn("The Belarusian Association of Journalists and Human Rights Centre Viasna", [])).toEqual([]);
  });
});
