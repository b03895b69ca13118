/**
 * `npm run bench:embeds`: what each embed page costs a host's reader, and what a data edit costs
 * the build in re-rendered images. Builds the site into a temporary folder, opens every embed
 * page in Chromium at 600 px (an article column) and counts every response: total transfer as
 * gzip (level 9, as a server would send it) and JavaScript. Then changes one political-prisoner
 * count in a copy of the data, rebuilds with the same cache and counts the PNGs that had to be
 * drawn again. Times are medians of several loads. Usage: npm run bench:embeds [-- --runs 5]
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium, serveStatic } from "./lib/browser.ts";
import { median, timedBuild } from "./lib/timedBuild.ts";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;
const work = mkdtempSync(join(tmpdir(), "exile-bench-embeds-"));
const outDir = join(work, "dist");
const cacheDir = join(work, "cache");
const dataDir = join(work, "data");
cpSync("data", dataDir, { recursive: true });
timedBuild({ dataDir, outDir, cacheDir });

const ids = readdirSync(join(outDir, "embed")).filter((name) => existsSync(join(outDir, "embed", name, "index.html")));
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

const site = await serveStatic(outDir);
const browser = await launchChromium();
const rows: { id: string; requests: number; total: number; js: number; jsRaw: number; loadMs: number }[] = [];
for (const id of ids) {
  const loads: number[] = [];
  let paths: string[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 600, height: 800 } });
    const seen: string[] = [];
    page.on("response", (response) => seen.push(new URL(response.url()).pathname));
    await page.goto(`${site.origin}/embed/${id}/`, { waitUntil: "networkidle" });
    loads.push(await page.evaluate(() => performance.getEntriesByType("navigation")[0]!.duration));
    paths = seen;
    await page.close();
  }
  const file = (path: string) => join(outDir, path.endsWith("/") ? `${path}index.html` : path);
  const js = paths.filter((path) => path.endsWith(".js"));
  rows.push({
    id,
    requests: paths.length,
    total: paths.reduce((sum, path) => sum + gz(file(path)), 0),
    js: js.reduce((sum, path) => sum + gz(file(path)), 0),
    jsRaw: js.reduce((sum, path) => sum + readFileSync(file(path)).length, 0),
    loadMs: median(loads),
  });
}
await browser.close();
await site.close();

// One count changed, as an editor would: only the PNGs whose chart shows that row are redrawn.
const pngs = () => readdirSync(join(cacheDir, "artefacts", "embed-png")).length;
const before = pngs();
const prisonersFile = join(dataDir, "political-prisoners.csv");
const original = readFileSync(prisonersFile, "utf8");
writeFileSync(
  prisonersFile,
  original.replace(/,(\d+),([^\n]*)\n?$/, (_m, n: string, rest: string) => `,${Number(n) + 1},${rest}\n`),
);
timedBuild({ dataDir, outDir, cacheDir });
const redrawn = pngs() - before;
rmSync(work, { recursive: true, force: true });

process.stdout.write(`runs: ${runs}; viewport 600 × 800; bytes are gzip level 9 of every response\n`);
process.stdout.write(`| embed | requests | total transfer (gzip) | JS (gzip) | JS (raw) | load, median |\n`);
process.stdout.write(`| --- | ---: | ---: | ---: | ---: | ---: |\n`);
for (const row of rows) {
  process.stdout.write(
    `| ${row.id} | ${row.requests} | ${row.total} B | ${row.js} B | ${row.jsRaw} B | ${Math.round(row.loadMs)} ms |\n`,
  );
}
const med = (pick: (row: (typeof rows)[number]) => number) => Math.round(median(rows.map(pick)));
process.stdout.write(
  `| median of ${rows.length} | ${med((r) => r.requests)} | ${med((r) => r.total)} B | ${med((r) => r.js)} B | ${med((r) => r.jsRaw)} B | ${med((r) => r.loadMs)} ms |\n`,
);
process.stdout.write(`PNGs redrawn after a one-row change to political-prisoners.csv: ${redrawn} of ${before}\n`);
