/**
 * `npm run bench`: measures what the unit tests must not (they would be flaky on a noisy
 * machine): build times and the story page's bytes, as medians of several runs, against budgets.
 * Prints a table and exits 1 if a budget is exceeded. Usage: npm run bench [-- --runs 5]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;

/** Budgets for the story page and the build; bytes are gzip-compressed transfer sizes. */
const budgets = {
  coldBuildMs: 30_000,
  htmlBytes: 60_000,
  cssBytes: 20_000,
  jsBytes: 60_000,
  totalBytes: 200_000,
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const work = mkdtempSync(join(tmpdir(), "exile-bench-"));
const outDir = join(work, "dist");

/** One build with empty caches: Astro's cache folder and the output are new each time. */
function coldBuild(run: number): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    stdio: "ignore",
    env: { ...process.env, EXILE_OUT_DIR: outDir, EXILE_CACHE_DIR: join(work, `cache-${run}`) },
  });
  if (result.status !== 0) throw new Error("build failed; run npm run build to see why");
  return performance.now() - started;
}

const coldMs = median(Array.from({ length: runs }, (_, run) => coldBuild(run)));

const html = readFileSync(join(outDir, "index.html"), "utf8");
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => join(outDir, match[1]!));
const cssBytes = assets(/<link[^>]+href="(\/[^"]+\.css)"/g).reduce((sum, path) => sum + gz(path), 0);
const jsBytes = assets(/<script[^>]+src="(\/[^"]+\.js)"/g).reduce((sum, path) => sum + gz(path), 0);
const htmlBytes = gzipSync(html, { level: 9 }).length;
rmSync(work, { recursive: true, force: true });

const rows: [string, number, number, string][] = [
  ["cold build (median)", coldMs, budgets.coldBuildMs, "ms"],
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
