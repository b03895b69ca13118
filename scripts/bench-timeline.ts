/**
 * `npm run bench:timeline`: what the timeline costs a reader. Builds the site with the real data
 * and with synthetic data 10 and 100 times its size, then in Chromium measures the JavaScript
 * (gzip) the timeline chapter and the events page load, the events page's HTML (gzip), and the
 * median time to apply a filter with every event loaded: a change of a category checkbox or of the
 * person, timed from the change event to the end of the layout it causes.
 * Usage: npm run bench:timeline [-- --runs 41]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveStatic } from "./lib/browser.ts";
import { syntheticData } from "./lib/syntheticData.ts";
import { median, timedBuild } from "./lib/timedBuild.ts";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 41;
const FACTORS = [1, 10, 100];
const work = mkdtempSync(join(tmpdir(), "exile-timeline-"));
const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** The gzip bytes of every script a page loads until `act` is done, from our own origin. */
async function scriptBytes(browser: Browser, url: string, act: (page: Page) => Promise<void>): Promise<number> {
  // A fresh context each time: an earlier size may have been served on the same port, and a
  // cached script would not be counted.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(".js")) bodies.push(response.body());
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await act(page);
  await page.waitForLoadState("networkidle");
  const total = (await Promise.all(bodies)).reduce((sum, body) => sum + gz(body), 0);
  await context.close();
  return total;
}

/** Median milliseconds to apply a filter on the events page, alternating categories and people. */
async function filterMs(browser: Browser, url: string): Promise<{ ms: number; events: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForSelector("form.event-filters:not([hidden])");
  const times = await page.evaluate((count) => {
    const form = document.querySelector<HTMLFormElement>("form.event-filters")!;
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="category"]')];
    const person = form.querySelector<HTMLSelectElement>('select[name="person"]')!;
    const results: number[] = [];
    // The first few changes warm the JIT up and are not counted.
    const WARM_UP = 5;
    for (let i = 0; i < count + WARM_UP; i++) {
      const started = performance.now();
      if (i % 2 === 0) {
        const box = boxes[(i / 2) % boxes.length]!;
        box.checked = !box.checked;
      } else {
        person.selectedIndex = (i * 7) % person.options.length;
      }
      form.dispatchEvent(new Event("change", { bubbles: true }));
      // Reading layout makes the browser apply the hidden items' styles and lay the page out now.
      document.body.getBoundingClientRect();
      if (i >= WARM_UP) results.push(performance.now() - started);
    }
    return results;
  }, runs);
  const events = await page.locator("li.event").count();
  await context.close();
  return { ms: median(times), events };
}

const browser = await launchChromium();
const rows: string[] = [];
let baseMs = 0;
for (const factor of FACTORS) {
  const dataDir = join(work, `data-${factor}`);
  syntheticData(dataDir, factor);
  const outDir = join(work, `dist-${factor}`);
  timedBuild({ dataDir, outDir, cacheDir: join(work, `cache-${factor}`) });
  const site = await serveStatic(outDir);
  const chapterJs = await scriptBytes(browser, `${site.origin}/`, async (page) => {
    await page.locator("#prosecutions-steps").scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
  });
  // A long list takes a while to parse: the scripts at its end load only after that.
  const eventsJs = await scriptBytes(browser, `${site.origin}/events/`, async (page) => {
    await page.waitForSelector("form.event-filters:not([hidden])");
  });
  const { ms, events } = await filterMs(browser, `${site.origin}/events/`);
  await site.close();
  baseMs ||= ms;
  const eventsHtml = gz(readFileSync(join(outDir, "events", "index.html")));
  const storyHtml = gz(readFileSync(join(outDir, "index.html")));
  rows.push(
    `| ${factor}× | ${events} | ${ms.toFixed(2)} ms | ${(ms / baseMs).toFixed(2)} | ${chapterJs} B | ${eventsJs} B | ${eventsHtml} B | ${storyHtml} B |`,
  );
}
await browser.close();
rmSync(work, { recursive: true, force: true });

process.stdout.write(
  [
    `filter runs per size: ${runs}`,
    "| data size | events | apply a filter (median) | × real | story JS to the timeline chapter (gzip) | events page JS (gzip) | events page HTML (gzip) | story HTML (gzip) |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
  ].join("\n"),
);
