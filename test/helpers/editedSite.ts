import { cpSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { readMarker, writeMarker, type Outcome } from "./builtMarker.ts";
import { appendRows, editRow } from "./csvCell.ts";
import { editingExamples } from "./editingGuide.ts";
import { buildScript } from "./runBuild.ts";

/**
 * One build of edited data, shared by the site files that check what an editor's change does to
 * the published site (issue 13). Each of them used to build its own copy of the data, one after
 * another since Astro builds take turns (test/helpers/astroTurn.ts): four warm rebuilds of the
 * whole site in a row, the longest chain of work in the run. The edits below touch different rows,
 * so one build holds them all, and each file checks its own:
 * - editing.test.ts: every example row of EDITING.md, built with the PNGs, as an editor publishes;
 * - safeBuild.test.ts: a figure changed in an existing row, built over a copy of the good site;
 * - exileMapEditing.test.ts: a country the map has never shown;
 * - timelineEditing.test.ts: an event in three languages, naming the guide's example person.
 * The builds of broken data stay in their files: each stops at its own first problem.
 * test/helpers/buildSite.ts runs this build right after the shared one, taking the turn to run
 * Astro before any site file may start, so no file's own build goes first.
 */

/** safeBuild.test.ts: the political-prisoner count of 5 March 2026, 1,140, corrected to 1,152. */
export const CHANGED_COUNT = { row: "2026-03-05,1140,", from: ",1140,", to: ",1152," } as const;

/** exileMapEditing.test.ts: Slovakia, 4,321 Belarusians with a valid permit, which the real data does not list. */
const NEW_COUNTRY_ROW =
  "Slovakia,SVK,703,residence_permits_valid,2025-12-31,4321,https://example.org/sk,Example office,";

/** timelineEditing.test.ts: the new event's title in English. */
export const NEW_EVENT_TITLE = "Example: Sunday march dispersed in Minsk";
/** The new event's title and figure in each edition, and the folder of that edition in the build. */
export const NEW_EVENT_EDITIONS = [
  { locale: "en", folder: "", title: NEW_EVENT_TITLE, figure: "40+ detained" },
  { locale: "be", folder: "be", title: "Прыклад: нядзельны марш разагнаны ў Мінску", figure: "40+ затрыманых" },
  { locale: "ru", folder: "ru", title: "Пример: воскресный марш разогнан в Минске", figure: "40+ задержанных" },
] as const;
// Each prose cell is followed by its Belarusian and Russian versions, as the schema requires. The
// person it names is the guide's example person, whom editing.test.ts adds to people.csv: a name in
// the `people` column must be on that list.
const NEW_EVENT_ROW = [
  "2020-11-15,day,protest",
  `${NEW_EVENT_TITLE},Прыклад: нядзельны марш разагнаны ў Мінску,Пример: воскресный марш разогнан в Минске`,
  "An example event added by the test.,Прыклад падзеі з тэсту.,Пример события из теста.",
  "Example Person,40+ detained,40+ затрыманых,40+ задержанных,https://example.org/test,Example source",
].join(",");

/** Writes every edit above into `dataDir`, a copy of data/. */
export function writeEditedData(dataDir: string): void {
  for (const example of editingExamples()) appendRows(join(dataDir, example.file.replace(/^data\//, "")), example.rows);
  editRow(join(dataDir, "political-prisoners.csv"), CHANGED_COUNT.row, (line) =>
    line.replace(CHANGED_COUNT.from, CHANGED_COUNT.to),
  );
  appendRows(join(dataDir, "exile-destinations.csv"), [NEW_COUNTRY_ROW]);
  appendRows(join(dataDir, "timeline.csv"), [NEW_EVENT_ROW]);
}

/** Where the edited build keeps its data, its output and its outcome, in the run's work folder. */
function editedPaths(workDir: string) {
  const root = join(workDir, "edited");
  return { root, data: join(root, "data"), out: join(root, "published"), marker: join(root, "built.json") };
}

/**
 * Builds the edited data with `npm run build`'s script, images included, into a copy of the good
 * site (so that safeBuild.test.ts sees a published folder replaced), from a copy of the shared
 * build's cache, and writes the outcome to the marker. The caller holds the Astro turn.
 */
export async function buildEditedSite(workDir: string, siteDir: string, cacheDir: string): Promise<void> {
  const paths = editedPaths(workDir);
  mkdirSync(paths.root, { recursive: true });
  let outcome: Outcome;
  try {
    cpSync("data", paths.data, { recursive: true });
    writeEditedData(paths.data);
    cpSync(siteDir, paths.out, { recursive: true });
    const cache = join(paths.root, "cache");
    cpSync(cacheDir, cache, { recursive: true });
    outcome = await buildScript({ EXILE_DATA_DIR: paths.data, EXILE_OUT_DIR: paths.out, EXILE_CACHE_DIR: cache });
  } catch (error) {
    outcome = { status: null, output: String(error) };
  }
  writeMarker(paths.marker, outcome);
}

/** Marks the edited build as not made, so that the files waiting for it fail instead of hanging. */
export function skipEditedSite(workDir: string, why: string): void {
  const { root, marker } = editedPaths(workDir);
  mkdirSync(root, { recursive: true });
  writeMarker(marker, { status: null, output: why });
}

/**
 * For a site file: waits until the edited build has ended and returns its output folder, or
 * throws with the build's own output if it failed. Its data folder is there to read too.
 */
export async function editedSite(): Promise<{ outDir: string; dataDir: string }> {
  const paths = editedPaths(inject("workDir"));
  await readMarker(paths.marker, "The edited data");
  return { outDir: paths.out, dataDir: paths.data };
}
