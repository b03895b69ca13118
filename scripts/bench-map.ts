/**
 * `npm run bench:map`: what the exile map costs the reader. Builds the site once, then reports
 * - the geometry: the projected, clipped country paths of one map (raw and gzip);
 * - the map as shipped: every step's inline SVG in the story page (gzip, in the page's own order)
 *   and the map's browser code (gzip), against the budget of 120 KB for both;
 * - the time Chromium takes to render a step transition, as medians over several runs: with
 *   reduced motion, from the step change to the first frame painted with the new view; with
 *   motion, the median frame time of the glide, and the glide from start to rest.
 * Exits 1 over budget. Usage: npm run bench:map [-- --runs 7]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { mapGeometry } from "../src/lib/charts/exileGeometry.ts";
import { launchChromium, serveStatic } from "./lib/browser.ts";
import { median, timedBuild } from "./lib/timedBuild.ts";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 7;
const BUDGET = 120 * 1024;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const work = mkdtempSync(join(tmpdir(), "exile-bench-map-"));
const outDir = join(work, "dist");
timedBuild({ dataDir: "data", outDir, cacheDir: join(work, "cache") });

// The geometry: the path data of one map, which every step's SVG repeats.
const geometry = mapGeometry();
const paths = geometry.countries.map((country) => country.d).join("");

// The map as shipped: the chapter's SVGs, which its code fetches as one file when the reader nears
// the map (src/lib/story/figureFiles.ts), measured as the reader gets it.
const fragment = readFileSync(join(outDir, "figures", "exile-map.json"), "utf8");
const svgs = Object.values(JSON.parse(fragment) as Record<string, { narrow: string; wide: string }>).flatMap((step) => [
  step.narrow,
  step.wide,
]);
const svgBytes = gzip(fragment);
const assets = readdirSync(join(outDir, "_astro"));
const client = assets.find((name) => /^exileMap\.client\..*\.js$/.test(name));
const clientBytes = client ? gzip(readFileSync(join(outDir, "_astro", client))) : 0;

const site = await serveStatic(outDir);
const browser = await launchChromium();

/** One step change, from Poland to Lithuania, timed inside the page. */
async function transition(reducedMotion: "reduce" | "no-preference") {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion });
  const tab: Page = await context.newPage();
  await tab.goto(`${site.origin}/`, { waitUntil: "networkidle" });
  const scrollTo = (id: string) =>
    tab.$eval(`#${id}`, (step) => window.scrollBy(0, step.getBoundingClientRect().top - window.innerHeight * 0.5));
  await scrollTo("exile-map-poland");
  await tab.waitForFunction(
    () => document.querySelector<HTMLElement>("#exile-map-steps")?.dataset.activeStep === "exile-map-poland",
  );
  await tab.waitForTimeout(1000);
  await tab.evaluate(() => {
    const section = document.querySelector<HTMLElement>("#exile-map-steps")!;
    const timing = { step: 0, firstFrame: 0, settled: 0, frames: [] as number[] };
    (window as unknown as { timing: typeof timing }).timing = timing;
    section.addEventListener("scrolly:step", () => {
      timing.step = performance.now();
      // The frame after next has painted what the step change did.
      requestAnimationFrame(() => requestAnimationFrame(() => (timing.firstFrame = performance.now())));
      let last = performance.now();
      const frame = (now: number) => {
        timing.frames.push(now - last);
        last = now;
        if (!timing.settled) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    section.addEventListener("exile-map:settled", () => (timing.settled = performance.now()));
  });
  await scrollTo("exile-map-lithuania");
  await tab.waitForFunction((reduced) => {
    const timing = (window as unknown as { timing: { firstFrame: number; settled: number } }).timing;
    return timing.firstFrame > 0 && (reduced || timing.settled > 0);
  }, reducedMotion === "reduce");
  const timing = await tab.evaluate(
    () =>
      (window as unknown as { timing: { step: number; firstFrame: number; settled: number; frames: number[] } }).timing,
  );
  await context.close();
  return timing;
}

const instant: number[] = [];
const frames: number[] = [];
const glides: number[] = [];
for (let run = 0; run < runs; run++) {
  const reduced = await transition("reduce");
  instant.push(reduced.firstFrame - reduced.step);
  const animated = await transition("no-preference");
  frames.push(median(animated.frames.slice(1)));
  glides.push(animated.settled - animated.step);
}
await browser.close();
await site.close();
rmSync(work, { recursive: true, force: true });

const shipped = svgBytes + clientBytes;
process.stdout.write(
  [
    `runs: ${runs}`,
    `| measure | value |`,
    `| --- | ---: |`,
    `| geometry: paths of one map (${geometry.countries.length} countries), raw | ${kb(paths.length)} |`,
    `| geometry: paths of one map, gzip | ${kb(gzip(paths))} |`,
    `| map SVGs of every step (${svgs.length}), raw | ${kb(svgs.join("").length)} |`,
    `| map SVGs of every step, gzip, as fetched (/figures/exile-map.json) | ${kb(svgBytes)} |`,
    `| map browser code (${client ?? "missing"}), gzip | ${kb(clientBytes)} |`,
    `| shipped for the map (SVGs + code), gzip, budget ${kb(BUDGET)} | ${kb(shipped)} |`,
    `| step transition, reduced motion: step change to painted frame (median) | ${median(instant).toFixed(1)} ms |`,
    `| step transition, glide: frame time (median) | ${median(frames).toFixed(1)} ms |`,
    `| step transition, glide: start to rest (median) | ${median(glides).toFixed(0)} ms |`,
    shipped > BUDGET ? "Over budget." : "Within budget.",
    "",
  ].join("\n"),
);
process.exit(shipped > BUDGET || !client ? 1 : 0);
