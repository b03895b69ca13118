import { describe, expect, test } from "vitest";
import { exileHubs, people, politicalPrisoners, timeline } from "../../../../src/lib/data/datasets.ts";
import { formatProblem } from "../../../../src/lib/data/problem.ts";
import { checkSafety } from "../../../../src/lib/data/safety/checkSafety.ts";
import { validateCsv } from "../../../../src/lib/data/validateCsv.ts";

const TODAY = "2026-11-22";
const HEADER =
  "date,date_precision,category,title,title_be,title_ru,description,description_be,description_ru,people,figure,figure_be,figure_ru,source_url,source_name";
const LISTED = new Set(["Ihar Losik", "Ales Bialiatski"]);
const bytes = (lines: string[]) => new TextEncoder().encode(`${lines.join("\n")}\n`);

describe("the validator's safety checks on people", () => {
  test("refuse an e-mail address, a phone number and an unlisted name, each at its file, line and column", () => {
    const csv = bytes([
      HEADER,
      '2021-07-14,day,arrest,Viasna searched,Ператрус,Обыск,"Write to the family at anna.k@example.org.",Апісанне,Описание,Ales Bialiatski,,,,https://spring96.org/a,Viasna',
      "2021-07-15,day,arrest,Relatives questioned,Допыт,Допрос,Relatives were questioned.,Апісанне,Описание,Ihar Losik,call +375 29 123-45-67,лічба,цифра,https://spring96.org/b,Viasna",
      "2021-07-16,day,arrest,Neighbour detained,Затрыманне,Задержание,A neighbour was detained.,Апісанне,Описание,Hanna Private,,,,https://spring96.org/c,Viasna",
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
      "2021-07-14,day,arrest,Ales Bialiatski detained,Затрыманне,Задержание,Ales Bialiatski and Siarhei Neighbour were detained in Minsk City Court.,Апісанне,Описание,Ales Bialiatski,,,,https://spring96.org/a,Viasna",
    ]);
    const { problems } = validateCsv(timeline, csv, { file: "data/timeline.csv", today: TODAY, people: LISTED });
    expect(problems.map((problem) => [problem.line, problem.column, problem.found])).toEqual([
      [2, "description", "Siarhei Neighbour"],
    ]);
  });

  test("refuse coordinates more exact than a city centre, and accept a city centre", () => {
    const csv = bytes([
      "city,city_be,city_ru,country,iso3,iso_numeric,latitude,longitude,note,note_be,note_ru,source_url,source_name",
      "Vilnius,Вільня,Вильнюс,Lithuania,LTU,440,54.687,25.280,,,,https://example.org/a,Example",
      "Kaunas,Каўнас,Каунас,Lithuania,LTU,440,54.89723,23.886,,,,https://example.org/b,Example",
    ]);
    const { problems } = validateCsv(exileHubs, csv, { file: "data/exile-hubs.csv", today: TODAY });
    expect(problems.map(formatProblem)).toEqual([
      'data/exile-hubs.csv:3:latitude  coordinates more exact than a city centre — expected at most 3 decimals, like 54.687, found "54.89723"',
    ]);
  });
});

describe("checkSafety(dataset, records, file, people) on its own", () => {
  const record = (line: number, raw: Record<string, string>) => ({ line, raw });

  test("skips source addresses and empty cells, even when they would look private", () => {
    const problems = checkSafety(
      timeline,
      [record(2, { source_url: "https://example.org/contact?mail=anna@example.org", description: "  " })],
      "data/timeline.csv",
      LISTED,
    );
    expect(problems).toEqual([]);
  });

  test("accepts coordinates with up to three decimals and refuses four, with the trimmed cell as found", () => {
    const problems = checkSafety(
      exileHubs,
      [record(2, { latitude: "54.687", longitude: "25.28" }), record(3, { latitude: "54.6871 ", longitude: "25" })],
      "data/exile-hubs.csv",
      undefined,
    );
    expect(problems.map((p) => [p.line, p.column, p.found])).toEqual([[3, "latitude", "54.6871"]]);
  });

  test("does not check names without the list, nor in people.csv itself, but still refuses private details", () => {
    const raw = { description: "Hanna Private wrote from anna@example.org" };
    const without = checkSafety(timeline, [record(2, raw)], "data/timeline.csv", undefined);
    expect(without.map((p) => p.message)).toEqual(["an e-mail address in the text"]);
    const onList = checkSafety(people, [record(2, { name_en: "Hanna Private" })], "data/people.csv", LISTED);
    expect(onList).toEqual([]);
  });

  test("reads the timeline's people column as a ;-separated list, whatever the given names", () => {
    const problems = checkSafety(
      timeline,
      [record(5, { people: "Ihar Losik; Zzz Unknown ;Ales Bialiatski" })],
      "data/timeline.csv",
      LISTED,
    );
    expect(problems.map((p) => [p.line, p.column, p.found])).toEqual([[5, "people", "Zzz Unknown"]]);
  });

  test("finds unlisted names in the free text of any other dataset", () => {
    const problems = checkSafety(
      politicalPrisoners,
      [record(7, { note: "Count by Ihar Losik and Viktar Unlisted" })],
      "data/political-prisoners.csv",
      LISTED,
    );
    expect(problems.map((p) => [p.file, p.line, p.column, p.found])).toEqual([
      ["data/political-prisoners.csv", 7, "note", "Viktar Unlisted"],
    ]);
  });
});
