/**
 * `npm run bench:scale`: builds the site with the real data and with synthetic data 10 and 100
 * times its size, and reports build time (median of cold builds) and the story page's gzip bytes.
 * Build time may grow at most linearly with the data; the page the reader downloads, and the
 * figures fetched as the reader scrolls, must stay within their budgets at every size, because
 * charts and tables are bounded at build time.
 * Exits 1 if either rule is broken. Usage: npm run bench:scale [-- --runs 3]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { syntheticData } from "./lib/syntheticData.ts";
import { median, timedBuild } from "./lib/timedBuild.ts";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;
const FACTORS = [1, 10, 100];
/**
 * The story page's HTML (gzip) may not pass this at any data size: the story's share of the
 * 200 KB first-load budget once fonts, CSS and JS are counted (as in scripts/bench.ts).
 */
const PAGE_BUDGET = 145_000;
/**
 * The story's figures (every chapter's /figures/<chapter>.json, gzip) may not pass this at any
 * data size: they reach the reader as the chapters near, so they too must stay bounded.
 */
const FIGURES_BUDGET = 200_000;

const work = mkdtempSync(join(tmpdir(), "exile-scale-"));

const results = FACTORS.map((factor) => {
  const dataDir = join(work, `data-${factor}`);
  syntheticData(dataDir, factor);
  const outDir = join(work, `dist-${factor}`);
  const times = Array.from({ length: runs }, (_, run) =>
    timedBuild({ dataDir, outDir, cacheDir: join(work, `cache-${factor}-${run}`) }),
  );
  const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
  const pageBytes = gzipped(join(outDir, "index.html"));
  const figureBytes = readdirSync(join(outDir, "figures"))
    .filter((name) => name.endsWith(".json"))
    .reduce((sum, name) => sum + gzipped(join(outDir, "figures", name)), 0);
  return { factor, ms: median(times), pageBytes, figureBytes };
});
rmSync(work, { recursive: true, force: true });

const base = results[0]!;
process.stdout.write(
  `runs: ${runs}\n| data size | build (median) | × real | story HTML (gzip) | × real | story figures (gzip) | × real |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n`,
);
let broken = false;
for (const { factor, ms, pageBytes, figureBytes } of results) {
  const timeRatio = ms / base.ms;
  broken ||= timeRatio > factor || pageBytes > PAGE_BUDGET || figureBytes > FIGURES_BUDGET;
  process.stdout.write(
    `| ${factor}× | ${Math.round(ms)} ms | ${timeRatio.toFixed(2)} | ${pageBytes} B | ${(pageBytes / base.pageBytes).toFixed(2)} ` +
      `| ${figureBytes} B | ${(figureBytes / base.figureBytes).toFixed(2)} |\n`,
  );
}
process.stdout.write(
  broken ? "Over budget: see the rules at the top of scripts/bench-scale.ts.\n" : "Within budget.\n",
);
process.exit(broken ? 1 : 0);
