import { existsSync, readFileSync } from "node:fs";
import { join, relative, isAbsolute } from "node:path";
import { datasets, people } from "./datasets.ts";
import { columnsOf, type Dataset } from "./dataset.ts";
import type { Problem } from "./problem.ts";
import { validateCsv } from "./validateCsv.ts";

/** Where the data files live: `data/` unless `EXILE_DATA_DIR` names another folder (tests use copies). */
export const dataDir = (): string => process.env.EXILE_DATA_DIR ?? "data";

/** Names a data file the way an editor sees it: relative to the project when it is inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel.split("\\").join("/");
}

/**
 * Validates one data file in a folder; a missing file is a problem like any other.
 *
 * @example
 * validateDataFile(releases, "data").problems // [] when data/releases.csv is valid
 */
export function validateDataFile<D extends Dataset>(dataset: D, dir = dataDir(), options: { today?: string } = {}) {
  const path = join(dir, `${dataset.name}.csv`);
  const listed = dataset.name === people.name ? undefined : peopleListed(dir);
  const file = displayPath(path);
  if (!existsSync(path)) {
    const problem: Problem = {
      file,
      line: 1,
      column: columnsOf(dataset)[0]!,
      message: "file is missing",
      expected: `a file named ${dataset.name}.csv in ${displayPath(dir)}/`,
      found: "no such file",
    };
    return { rows: [], records: [], problems: [problem], notices: [] };
  }
  return validateCsv(dataset, readFileSync(path), { file, ...options, people: listed });
}

/**
 * The English names on `people.csv` in a data folder: the people every other file may name. A
 * missing file gives no list (it is reported as missing on its own); an invalid row still lends
 * its name, since its own problems are reported against it.
 */
function peopleListed(dir: string): Set<string> | undefined {
  const path = join(dir, `${people.name}.csv`);
  if (!existsSync(path)) return undefined;
  const { records } = validateCsv(people, readFileSync(path), { file: displayPath(path) });
  return new Set(records.map((record) => (record.raw.name_en ?? "").trim()).filter(Boolean));
}

/**
 * Validates every file in the data folder and returns all problems and notices together.
 *
 * @example
 * const {problems} = validateDataDir("data"); // [] when every file is valid
 */
export function validateDataDir(dir = dataDir(), options: { today?: string } = {}) {
  const results = datasets.map((dataset) => validateDataFile(dataset, dir, options));
  return {
    problems: results.flatMap((result) => result.problems),
    notices: results.flatMap((result) => result.notices),
    fileCount: datasets.length,
    rowCount: results.reduce((sum, result) => sum + result.rows.length, 0),
  };
}
