import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { formatProblem } from "../../src/lib/data/problem.ts";
import { validateDataDir } from "../../src/lib/data/validateDataDir.ts";
import { childEnv } from "../helpers/childEnv.ts";
import { appendRows } from "../helpers/csvCell.ts";
import { editedSite } from "../helpers/editedSite.ts";
import { editingExamples } from "../helpers/editingGuide.ts";
import { pngSize } from "../helpers/embeds.ts";
import { builtStepSvg } from "../helpers/stepFigures.ts";

const workDir = inject("workDir");
const script = resolve("scripts/data-diff.ts");
let repo: string;

describe("following EDITING.md literally", () => {
  beforeAll(() => {
    // A scratch repository holding a committed copy of data/, as an editor's checkout would.
    repo = mkdtempSync(join(workDir, "editor-"));
    cpSync("data", join(repo, "data"), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=Editor", "-c", "user.email=editor@example.org", ...args], { cwd: repo });
    git("init", "-q");
    git("add", "data");
    git("commit", "-qm", "Data as published");
    for (const example of editingExamples()) appendRows(join(repo, example.file), example.rows);
  });

  test("the guide's example rows pass npm run check:data's validation", () => {
    expect(validateDataDir(join(repo, "data")).problems.map(formatProblem)).toEqual([]);
  });

  test("npm run data:diff reports exactly those changes, and writes them as Markdown", () => {
    const result = spawnSync(process.execPath, [script, "--markdown", "changes.md"], {
      cwd: repo,
      encoding: "utf8",
      env: childEnv({}),
    });
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^political prisoners: [\d,]+ \(\d{1,2} \w{3} \d{4}\) → 1,152 \(30 Apr 2026\), [+−][\d,]+$/,
    );
    expect(lines.slice(1)).toEqual([
      "political prisoners: 1 new count",
      "  + 2026-04-30: 1152",
      "releases: 1 new release",
      "  + 2026-04-20: 12 — Example pardon decree: 12 people",
      "timeline: 1 new event",
      "  + 2026-04-15: Example: journalist detained in Minsk",
      "exile destinations: 1 new figure",
      "  + Lithuania, residence_permits_valid, 2026-04-01: 49000",
      "people the site may name: 1 new person",
      "  + Example Person",
    ]);
    const markdown = readFileSync(join(repo, "changes.md"), "utf8");
    expect(markdown).toContain("- timeline: 1 new event");
  });

  test("npm run data:diff compares with the ref it is given", () => {
    const result = spawnSync(process.execPath, [script, "HEAD~0"], { cwd: repo, encoding: "utf8", env: childEnv({}) });
    expect(result.stdout).toContain("timeline: 1 new event");
    const missing = spawnSync(process.execPath, [script, "no-such-ref"], {
      cwd: repo,
      encoding: "utf8",
      env: childEnv({}),
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('"no-such-ref" is not a commit, branch or tag');
  });

  test("npm run data:diff names validation problems and fails on them", () => {
    appendRows(join(repo, "data/releases.csv"), [
      "2026-04-21,-3,Broken example,Няправільны прыклад,Неверный пример,https://example.org/,Example,",
    ]);
    const result = spawnSync(process.execPath, [script], { cwd: repo, encoding: "utf8", env: childEnv({}) });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Validation problems:\n.*releases\.csv:\d+:released {2}negative number/);
  });

  test("the rebuilt site shows the new count in the prose and the chart, and publishes the new event", async () => {
    // The edited build (test/helpers/editedSite.ts) holds every example row of the guide. It is
    // built with the PNGs, as an editor publishes, so this checks that a warm rebuild redraws the
    // images of the charts the edit changed.
    const { outDir } = await editedSite();
    const png = (dir: string) => readFileSync(join(dir, "embed", "political-prisoners-latest", "chart.png"));
    expect(pngSize(png(outDir))).toMatchObject({ png: true });
    expect(png(outDir).equals(png(inject("siteDir"))), "a stale image of the old count").toBe(false);
    const { document } = parseHTML(readFileSync(join(outDir, "index.html"), "utf8"));
    expect(document.querySelector('#political-prisoners-latest data[value="1152"]')?.textContent).toBe("1,152");
    expect(builtStepSvg(outDir, "political-prisoners-latest", "wide")?.textContent).toContain("at least 1,152");
    expect(readFileSync(join(outDir, "data", "timeline.csv"), "utf8")).toContain(
      "Example: journalist detained in Minsk",
    );
  });
});
