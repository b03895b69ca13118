/**
 * `npm run bench`: measures what the unit tests must not (they would be flaky on a noisy
 * machine): build times and the story page's bytes, as medians of several runs, against budgets.
 * Prints a table and exits 1 if a budget is exceeded. Usage: npm run bench [-- --runs 5]
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium, serveStatic } from "./lib/browser.ts";
import { median, timedBuild } from "./lib/timedBuild.ts";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;

/** Budgets for the story page and the build; bytes are gzip-compressed transfer sizes. */
const budgets = {
  coldBuildMs: 30_000,
  longestScrollTaskMs: 50,
  htmlBytes: 60_000,
  cssBytes: 20_000,
  jsBytes: 60_000,
  totalBytes: 200_000,
};

const work = mkdtempSync(join(tmpdir(), "exile-bench-"));
const outDir = join(work, "dist");
const build = (cacheDir: string, dataDir = "data") => timedBuild({ dataDir, outDir, cacheDir });

// Cold: a new Astro cache each time. Warm: the same cache, nothing changed. One row: the same
// cache after one political-prisoner count changed in a copy of the data.
const coldMs = median(Array.from({ length: runs }, (_, run) => build(join(work, `cold-${run}`))));
const warmCache = join(work, "warm");
const editedData = join(work, "data");
cpSync("data", editedData, { recursive: true });
build(warmCache, editedData);
const warmMs = median(Array.from({ length: runs }, () => build(warmCache, editedData)));
const prisonersFile = join(editedData, "political-prisoners.csv");
const original = readFileSync(prisonersFile, "utf8");
const oneRowMs = median(
  Array.from({ length: runs }, (_, run) => {
    // Change the last count by one, differently each run, so every build sees a new file.
    writeFileSync(
      prisonersFile,
      original.replace(/,(\d+),([^\n]*)\n?$/, (_m, n: string, rest: string) => `,${Number(n) + run + 1},${rest}\n`),
    );
    return build(warmCache, editedData);
  }),
);
build(join(work, "final"));

const html = readFileSync(join(outDir, "index.html"), "utf8");
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => join(outDir, match[1]!));
const cssBytes = assets(/<link[^>]+href="(\/[^"]+\.css)"/g).reduce((sum, path) => sum + gz(path), 0);
const jsBytes = assets(/<script[^>]+src="(\/[^"]+\.js)"/g).reduce((sum, path) => sum + gz(path), 0);
const htmlBytes = gzipSync(html, { level: 9 }).length;

/**
 * Scrolls the story from top to bottom with the mouse wheel on a phone-sized screen and returns
 * the longest task the main thread ran meanwhile (0 if none passed Chromium's 50 ms threshold).
 */
async function longestScrollTask(): Promise<number> {
  const site = await serveStatic(outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.origin}/`, { waitUntil: "networkidle" });
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      }).observe({ type: "longtask" });
    });
    await page.mouse.move(200, 400);
    for (let y = -1; y !== (await page.evaluate(() => window.scrollY));) {
      y = await page.evaluate(() => window.scrollY);
      await page.mouse.wheel(0, 240);
      await page.waitForTimeout(30);
    }
    return await page.evaluate(() => (window as unknown as { longest: number }).longest);
  } finally {
    await browser.close();
    await site.close();
  }
}
const scrollTasks: number[] = [];
for (let run = 0; run < runs; run++) scrollTasks.push(await longestScrollTask());
rmSync(work, { recursive: true, force: true });

const rows: [string, number, number, string][] = [
  ["cold build (median)", coldMs, budgets.coldBuildMs, "ms"],
  ["warm build, no change (median)", warmMs, budgets.coldBuildMs, "ms"],
  ["build after a one-row change (median)", oneRowMs, budgets.coldBuildMs, "ms"],
  ["longest task while scrolling (median)", median(scrollTasks), budgets.longestScrollTaskMs, "ms"],
  ["story HTML (gzip)", htmlBytes, budgets.htmlBytes, "B"],
  ["story CSS (gzip)", cssBytes, budgets.cssBytes, "B"],
  ["story JS (gzip)", jsBytes, budgets.jsBytes, "B"],
  ["story first load (gzip)", htmlBytes + cssBytes + jsBytes, budgets.totalBytes, "B"],
];
process.stdout.write(`runs: ${runs}\n| measure | value | budget | |\n| --- | ---: | ---: | --- |\n`);
let over = false;
for (const [name, value, budget, unit] of rows) {
  const ok = value <= budget;
  over ||= !ok;
  process.stdout.write(`| ${name} | ${Math.round(value)} ${unit} | ${budget} ${unit} | ${ok ? "ok" : "OVER"} |\n`);
}
process.exit(over ? 1 : 0);
