import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { setCsvCell } from "../../helpers/csvCell.ts";
import { formatProblem } from "../../../src/lib/data/problem.ts";
import { editionCopyProblems, keyLines } from "../../../scripts/lib/editionCopy.ts";

const work = mkdtempSync(join(tmpdir(), "exile-missing-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of src/content in a fresh folder, for one test to change. */
function copyContent(): string {
  const dir = mkdtempSync(join(work, "content-"));
  cpSync("src/content", dir, { recursive: true });
  return dir;
}

/** Replaces `from` with `to` in a file under `dir`; fails if `from` is not there. */
function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = before.replace(from, to);
  expect(after, `${file} contains ${String(from)}`).not.toBe(before);
  writeFileSync(path, after);
}

const problems = (dir: string) => editionCopyProblems(dir).map(formatProblem);

describe("a missing translation", () => {
  test("of a Belarusian data cell and of a Russian UI string fails `npm run check:data` with both files, lines and keys", () => {
    // The data: the second event's Belarusian title emptied, in a copy of data/.
    const data = mkdtempSync(join(work, "data-"));
    cpSync("data", data, { recursive: true });
    setCsvCell(join(data, "timeline.csv"), 3, "title_be", "");
    // The copy: the Russian words of the embed's copy button removed, in a copy of src/content.
    const content = copyContent();
    const ru = readFileSync(join(content, "ui/ru.yaml"), "utf8");
    const line = keyLines(ru).get("embed.copy")!;
    edit(content, "ui/ru.yaml", /^ {2}copy: .*\n/m, "");

    const run = spawnSync(process.execPath, ["scripts/check-data.ts", data, content], { encoding: "utf8" });
    expect(run.status).toBe(1);
    const lines = run.stderr.split("\n");
    expect(lines.find((message) => message.includes("timeline.csv:3:title_be"))).toMatch(
      /timeline\.csv:3:title_be {2}empty cell — expected the Belarusian text of title/,
    );
    // A missing key is placed where it belongs: at the line of the key before it.
    expect(lines.find((message) => message.includes("ui/ru.yaml"))).toMatch(
      new RegExp(`ui/ru\\.yaml:${line - 1}:embed\\.copy {2}missing translation — expected the translation of the English "Copy`),
    );
  });
});

describe("every edition's copy against English (scripts/lib/editionCopy.ts)", () => {
  test("the real copy is complete: every UI key, chart word, chapter, step and figure slot", () => {
    expect(problems("src/content")).toEqual([]);
  });

  test("names a chart label, a step's changed state, a dropped figure and a missing chapter", () => {
    const content = copyContent();
    edit(content, "charts/be/timeline.md", /^ {2}eventsLink: .*\n/m, "");
    edit(content, "chapters/ru/2-political-prisoners.md", 'state: { to: "2021-12-31"', 'state: { to: "2022-12-31"');
    edit(content, "story/be/intro.md", "{{prisoners.peak}}", "1 517");
    rmSync(join(content, "chapters/ru/6-methods.md"));
    const found = problems(content);
    expect(found.some((line) => /charts\/be\/timeline\.md:\d+:labels\.eventsLink {2}missing translation/.test(line))).toBe(
      true,
    );
    expect(found.some((line) => /chapters\/ru\/2-political-prisoners\.md:\d+:steps\.[\w-]+\.state {2}differs/.test(line))).toBe(
      true,
    );
    expect(found.some((line) => /story\/be\/intro\.md:\d+:\(text\) {2}figures differ from English/.test(line))).toBe(true);
    expect(found.some((line) => /chapters\/ru\/6-methods\.md:1:\(file\) {2}missing translation/.test(line))).toBe(true);
  });
});
