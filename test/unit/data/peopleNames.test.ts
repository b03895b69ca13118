import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { setCsvCell } from "../../helpers/csvCell.ts";
import { UNVERIFIED } from "../../../src/lib/data/cells.ts";
import { people } from "../../../src/lib/data/datasets.ts";
import { formatProblem } from "../../../src/lib/data/problem.ts";
import { readStoryData } from "../../../src/lib/data/storyData.ts";
import { dataInEdition } from "../../../src/lib/data/translations.ts";
import { validateDataFile } from "../../../src/lib/data/validateDataDir.ts";

/**
 * People's names in the Belarusian and Russian editions: data/people.csv holds each person's
 * spelling in both languages with the page it was read on, and the edition layer shows those
 * spellings wherever the timeline names a person.
 */
// Every copy a test made, removed after it: one test makes three, and keeping only the last one
// left the others in the system's temporary folder after every run.
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of data/ in which one cell of people.csv, at a 1-based line, is set to `value`. */
function peopleWith(line: number, column: string, value: string): string {
  const dir = mkdtempSync(join(tmpdir(), "exile-people-"));
  dirs.push(dir);
  cpSync("data", dir, { recursive: true });
  setCsvCell(join(dir, "people.csv"), line, column, value);
  return dir;
}

const problemsIn = (folder: string) =>
  validateDataFile(people, folder, { today: "2026-11-22" }).problems.map(formatProblem);

const data = readStoryData("data", { today: "2026-11-22" });

describe("data/people.csv: each name in Belarusian and Russian, with where it was read", () => {
  test("a missing Belarusian name names its file, line and column", () => {
    expect(problemsIn(peopleWith(4, "name_be", ""))).toEqual([
      expect.stringMatching(/people\.csv:4:name_be {2}empty cell — expected the name as Viasna's Belarusian pages write it, found ""$/),
    ]);
  });

  test("a missing Russian name names its file, line and column", () => {
    expect(problemsIn(peopleWith(7, "name_ru", ""))).toEqual([
      expect.stringMatching(/people\.csv:7:name_ru {2}empty cell — expected the name as Viasna's Russian pages write it, found ""$/),
    ]);
  });

  test(`a spelling's source is a web page or the word "${UNVERIFIED}", and nothing else`, () => {
    expect(problemsIn(peopleWith(3, "name_ru_source", "checked"))).toEqual([
      expect.stringMatching(/people\.csv:3:name_ru_source {2}not a web address — expected .*"unverified", found "checked"$/),
    ]);
    expect(problemsIn(peopleWith(3, "name_be_source", ""))).toEqual([
      expect.stringMatching(/people\.csv:3:name_be_source {2}empty cell/),
    ]);
    expect(problemsIn(peopleWith(3, "name_be_source", UNVERIFIED))).toEqual([]);
  });

  test("a spelling marked as read gives a page of Viasna's own site, where the names are checked", () => {
    const sources = data.people.flatMap((person) => [person.name_be_source, person.name_ru_source]);
    const read = sources.filter((source) => source !== UNVERIFIED);
    expect(read.length).toBeGreaterThan(0);
    for (const source of read) expect(new URL(source).hostname, source).toMatch(/(^|\.)spring96\.org$/);
  });
});

describe("dataInEdition: people named in each edition's spelling", () => {
  const named = data.timeline.find((event) => event.people.includes("Ales Bialiatski"))!;
  const inEdition = (locale: string) =>
    dataInEdition(data, locale).timeline.find((event) => event.date === named.date && event.category === named.category)!;

  test("the Belarusian and Russian editions name each person of an event as people.csv spells them there", () => {
    expect(named).toBeDefined();
    const spelling = (locale: "be" | "ru") =>
      named.people.map((name) => data.people.find((person) => person.name_en === name)![`name_${locale}`]);
    expect(inEdition("be").people).toEqual(spelling("be"));
    expect(inEdition("be").people).toContain("Алесь Бяляцкі");
    expect(inEdition("ru").people).toContain("Алесь Беляцкий");
  });

  test("English keeps the names as the timeline writes them, and no edition changes the data it was given", () => {
    const before = [...named.people];
    dataInEdition(data, "be");
    expect(inEdition("en").people).toEqual(before);
    expect(named.people).toEqual(before);
  });

  test("no event in the Belarusian or Russian edition names a person in the Latin alphabet", () => {
    for (const locale of ["be", "ru"]) {
      const names = dataInEdition(data, locale).timeline.flatMap((event) => event.people);
      expect(names.length).toBeGreaterThan(20);
      expect(names.filter((name) => /[A-Za-z]/.test(name)), locale).toEqual([]);
    }
  });
});
