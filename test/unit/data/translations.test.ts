import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { setCsvCell } from "../../helpers/csvCell.ts";
import { datasets, exileHubs, releases, timeline } from "../../../src/lib/data/datasets.ts";
import { columnsOf, type Dataset } from "../../../src/lib/data/dataset.ts";
import { formatProblem } from "../../../src/lib/data/problem.ts";
import { validateDataFile } from "../../../src/lib/data/validateDataDir.ts";

/** The prose columns whose Belarusian and Russian versions sit beside them in data/ (issue 14). */
const TRANSLATED: Record<string, string[]> = {
  timeline: ["title", "description", "figure"],
  releases: ["event"],
  "emigration-estimates": ["scope"],
  "exile-hubs": ["city", "note"],
};

// Every copy a test made, removed after it: a test that makes several used to leave all but the
// last in the system's temporary folder.
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of data/ in which one cell, at a 1-based line of the file, is emptied. */
function copyWithEmptyCell(file: string, line: number, column: string): string {
  const dir = mkdtempSync(join(tmpdir(), "exile-translations-"));
  dirs.push(dir);
  cpSync("data", dir, { recursive: true });
  setCsvCell(join(dir, file), line, column, "");
  return dir;
}

const problemsIn = (dataset: Dataset, folder: string) =>
  validateDataFile(dataset, folder, { today: "2026-11-22" }).problems.map(formatProblem);

describe("translated data cells (data/<file>.csv, <column>_be and <column>_ru)", () => {
  test("each translated column sits right after its English column, Belarusian then Russian", () => {
    for (const dataset of datasets as readonly Dataset[]) {
      const columns = columnsOf(dataset);
      for (const column of TRANSLATED[dataset.name] ?? []) {
        const at = columns.indexOf(column);
        expect(columns.slice(at, at + 3), `${dataset.name}.${column}`).toEqual([column, `${column}_be`, `${column}_ru`]);
      }
    }
  });

  test("a missing Belarusian title names its file, line and column", () => {
    const folder = copyWithEmptyCell("timeline.csv", 5, "title_be");
    const [problem, ...rest] = problemsIn(timeline, folder);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/timeline\.csv:5:title_be {2}empty cell — expected the Belarusian text of title, found ""$/);
  });

  test("a missing Russian release event names its file, line and column", () => {
    const folder = copyWithEmptyCell("releases.csv", 3, "event_ru");
    expect(problemsIn(releases, folder)).toEqual([
      expect.stringMatching(/releases\.csv:3:event_ru {2}empty cell — expected the Russian text of event, found ""$/),
    ]);
  });

  test("an optional cell needs its translations only where the English one is written", () => {
    // Line 2 of timeline.csv has a figure ("16+ detained"), so its Belarusian figure is required.
    const folder = copyWithEmptyCell("timeline.csv", 2, "figure_be");
    expect(problemsIn(timeline, folder)).toEqual([
      expect.stringMatching(
        /timeline\.csv:2:figure_be {2}empty cell \(figure is filled in\) — expected the Belarusian text of figure, found ""$/,
      ),
    ]);
    // A hub's note is shown to readers in the map's table, so it is checked the same way.
    const hubs = copyWithEmptyCell("exile-hubs.csv", 2, "note_ru");
    expect(problemsIn(exileHubs, hubs)).toEqual([
      expect.stringMatching(/exile-hubs\.csv:2:note_ru {2}empty cell \(note is filled in\) — expected the Russian text of note/),
    ]);
  });
});
