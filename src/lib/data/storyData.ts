import type { RowOf } from "./dataset.ts";
import { datasets, type AnyDataset } from "./datasets.ts";
import { formatProblem } from "./problem.ts";
import { dataDir, validateDataFile } from "./validateDataDir.ts";

/** "political-prisoners" → "politicalPrisoners", as a type. */
export type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : Name;

/**
 * Every data file's validated rows, keyed by collection name (the camelCase form of the file's
 * basename, as in content.config.ts), derived from the list in datasets.ts. Charts are pure
 * functions of this and their state, so the story page, embed pages and tests all hand them the
 * same thing.
 */
export type StoryData = { [D in AnyDataset as CamelCase<D["name"]>]: RowOf<D>[] };

export type CollectionName = keyof StoryData;

/** "political-prisoners" → "politicalPrisoners": a data file's basename as its collection name. */
export const collectionName = (basename: string): CollectionName =>
  basename.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CollectionName;

/** Every collection name, in the order of datasets.ts. */
export const collectionNames = datasets.map((dataset) => collectionName(dataset.name));

/**
 * Reads and validates every file in a data folder outside Astro (tests, scripts). Throws with
 * every problem listed if any file is invalid, exactly as the build would fail.
 *
 * @example
 * const data = readStoryData("test/fixtures/frozen");
 * data.politicalPrisoners.at(-1)?.count // 1140
 */
export function readStoryData(dir = dataDir(), options: { today?: string } = {}): StoryData {
  const results = datasets.map((dataset) => ({ dataset, ...validateDataFile(dataset, dir, options) }));
  const problems = results.flatMap((result) => result.problems);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join("\n"));
  return Object.fromEntries(
    results.map(({ dataset, rows }) => [collectionName(dataset.name), rows.map((row) => row.value)]),
  ) as unknown as StoryData;
}
