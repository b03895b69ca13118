import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { editRow } from "../helpers/csvCell.ts";
import { CHANGED_COUNT, editedSite } from "../helpers/editedSite.ts";
import { copyData, runBuild, warmCacheDir } from "../helpers/runBuild.ts";
import { builtStepSvg } from "../helpers/stepFigures.ts";

const workDir = inject("workDir");
const siteDir = inject("siteDir");

/** A fingerprint of every file in a folder: names, sizes and contents. */
function fingerprint(dir: string): string {
  const hash = createHash("sha256");
  const walk = (path: string): void => {
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else hash.update(`${child.slice(dir.length)}\0`).update(readFileSync(child));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

describe("npm run build never replaces a good build with a broken one", () => {
  let outDir: string;
  let before: string;
  let brokenData: string;

  beforeAll(() => {
    outDir = join(workDir, "published");
    cpSync(siteDir, outDir, { recursive: true });
    before = fingerprint(outDir);
    brokenData = copyData(workDir);
    editRow(join(brokenData, "political-prisoners.csv"), CHANGED_COUNT.row, (line) =>
      line.replace(CHANGED_COUNT.from, ",-1140,"),
    );
  });

  test("the data check stops the build before Astro starts, naming file, line and column", async () => {
    const { status, output } = await runBuild({
      dataDir: brokenData,
      outDir,
      cacheDir: join(workDir, "cache-a"),
      precheckOnly: true,
    });
    expect(status).toBe(1);
    expect(output).toMatch(/political-prisoners\.csv:\d+:count {2}negative number — expected a whole number/);
    expect(output).toContain("was left untouched");
    expect(fingerprint(outDir)).toBe(before);
  });

  test("without that check, the content collections refuse the file themselves and the output is still untouched", async () => {
    const { status, output } = await runBuild({
      dataDir: brokenData,
      outDir,
      cacheDir: warmCacheDir(workDir),
      skipPrecheck: true,
    });
    expect(status).toBe(1);
    expect(output).toMatch(/political-prisoners\.csv:\d+:count {2}negative number/);
    expect(fingerprint(outDir)).toBe(before);
  });

  test("a valid change replaces the build, and the new figure reaches both the prose and the chart", async () => {
    // The edited build (test/helpers/editedSite.ts) changed 1,140 to 1,152 and was built, with
    // npm run build's script, into a copy of the good site.
    const { outDir: published } = await editedSite();
    expect(fingerprint(published)).not.toBe(before);
    expect(readdirSync(join(published, ".."))).not.toContain(".published-staging");
    expect(readdirSync(join(published, ".."))).not.toContain(".published-previous");
    const { document } = parseHTML(readFileSync(join(published, "index.html"), "utf8"));
    expect(document.querySelector('#political-prisoners-latest data[value="1152"]')?.textContent).toBe("1,152");
    expect(builtStepSvg(published, "political-prisoners-latest", "wide")?.textContent).toContain("at least 1,152");
    expect(document.body.textContent).not.toContain("1,140");
  });
});
