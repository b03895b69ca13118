import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, describe, expect, test, vi } from "vitest";
import { datasets, people, timeline } from "../../../src/lib/data/datasets.ts";
import { dataDir, displayPath, validateDataDir, validateDataFile } from "../../../src/lib/data/validateDataDir.ts";

const FROZEN = "test/fixtures/frozen";
const TODAY = { today: "2026-11-22" };
const copies: string[] = [];
const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), "data-dir-"));
  copies.push(dir);
  cpSync(FROZEN, dir, { recursive: true });
  return dir;
};
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
afterEach(() => vi.unstubAllEnvs());

describe("dataDir() and displayPath(path)", () => {
  test("the data folder is data/ unless EXILE_DATA_DIR names another", () => {
    vi.stubEnv("EXILE_DATA_DIR", undefined);
    expect(dataDir()).toBe("data");
    vi.stubEnv("EXILE_DATA_DIR", "/tmp/copy");
    expect(dataDir()).toBe("/tmp/copy");
  });

  test("names a file inside the project relative to it, and one outside by its full path", () => {
    expect(displayPath(resolve("data/releases.csv"))).toBe("data/releases.csv");
    expect(displayPath("/elsewhere/releases.csv")).toBe("/elsewhere/releases.csv");
  });
});

describe("validateDataDir(dir)", () => {
  test("the frozen data is valid: every file read, every row counted", () => {
    const result = validateDataDir(FROZEN, TODAY);
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBe(datasets.length);
    const rows = datasets.reduce((sum, d) => sum + readFileSync(`${FROZEN}/${d.name}.csv`, "utf8").trim().split("\n").length - 1, 0);
    expect(result.rowCount).toBeLessThanOrEqual(rows);
    expect(result.rowCount).toBeGreaterThan(0);
  });

  test("a missing file is one problem at line 1 of its first column, and the rest are still checked", () => {
    const dir = copy();
    unlinkSync(join(dir, "releases.csv"));
    writeFileSync(join(dir, "timeline.csv"), "date\nnot a date\n");
    const { problems } = validateDataDir(dir, TODAY);
    const missing = problems.filter((p) => p.message === "file is missing");
    expect(missing).toEqual([
      expect.objectContaining({ line: 1, column: "date", found: "no such file", expected: expect.stringContaining("releases.csv") }),
    ]);
    expect(problems.some((p) => p.file.endsWith("timeline.csv"))).toBe(true);
  });
});

describe("validateDataFile(dataset, dir)", () => {
  test("checks names against the people.csv of the same folder", () => {
    const dir = copy();
    const text = readFileSync(join(dir, "timeline.csv"), "utf8");
    const listed = validateDataFile(people, dir, TODAY).rows.map((r) => r.value.name_en);
    expect(listed.length).toBeGreaterThan(0);
    const header = text.split("\n", 1)[0]!;
    writeFileSync(
      join(dir, "timeline.csv"),
      `${header}\n2021-05-23,day,arrest,Title,Загаловак,Заголовок,Description,Апісанне,Описание,${listed[0]};Zzz Unlisted,,,,https://example.org/,Example\n`,
    );
    expect(validateDataFile(timeline, dir, TODAY).problems.map((p) => p.found)).toContain("Zzz Unlisted");
  });

  test("without a people.csv, names are not checked and only the missing list is reported", () => {
    const dir = copy();
    unlinkSync(join(dir, "people.csv"));
    expect(validateDataFile(timeline, dir, TODAY).problems).toEqual([]);
    expect(validateDataFile(people, dir, TODAY).problems.map((p) => p.message)).toEqual(["file is missing"]);
  });
});
