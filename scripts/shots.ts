/**
 * `npm run shots`: screenshots of the built story for a person to look through before and after a
 * design change. For each screen (a 360 × 740 phone and a 1280 × 800 desktop) and each theme, with
 * JavaScript on, it takes every step of every chapter twice: when the step's text has just reached
 * the reading line (the figure has changed, the text is being read) and when the text has scrolled
 * away (the moment the figure should be seen whole and uncovered). It also takes the whole no-JS
 * page at both widths. Files go to shots/ (not committed), named
 * `<width>x<height>-<theme>-<step id>-<read|clear>.png` and `<width>x<height>-nojs.png`, with the
 * edition's code in front for the Belarusian and Russian editions (`ru-360x740-…`).
 *
 * Usage: npm run build && npm run shots [-- --site dist --out shots --only REGEX --edition ru]
 * (`--only` keeps the steps whose id matches, e.g. `--only exile-map`; `--edition` takes the
 * edition at its prefix, English by default).
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { defaultLocale, localePrefix, locales, type Locale } from "../src/lib/i18n/locales.ts";
import { launchChromium, serveStatic } from "./lib/browser.ts";

const argument = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const siteDir = argument("--site") ?? "dist";
const outDir = argument("--out") ?? "shots";
const only = argument("--only") ? new RegExp(argument("--only")!) : undefined;
const edition = (argument("--edition") ?? defaultLocale) as Locale;
if (!locales.includes(edition)) throw new Error(`--edition ${edition}: not one of ${locales.join(", ")}`);
const prefix = localePrefix(edition);
const named = (file: string) => (edition === defaultLocale ? file : `${edition}-${file}`);

const SCREENS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const THEMES = ["light", "dark"] as const;

/**
 * Scrolls the window to `top` and resolves once the scroll has ended and the story has had a
 * frame to react (the active step is read from positions on scrollend). A scroll that does not
 * move the page fires no scrollend, so that case resolves at once.
 */
const scrollTo = (page: Page, top: number) =>
  page.evaluate(
    (y) =>
      new Promise<void>((done) => {
        const target = Math.max(0, Math.min(y, document.documentElement.scrollHeight - window.innerHeight));
        const frame = () => requestAnimationFrame(() => requestAnimationFrame(() => done()));
        if (Math.abs(window.scrollY - target) < 1) return frame();
        window.addEventListener("scrollend", frame, { once: true });
        window.scrollTo({ top: target, behavior: "instant" });
      }),
    top,
  );

/** Waits until every image and inline figure the screen shows has arrived. */
const figuresLoaded = (page: Page) =>
  page.evaluate(async () => {
    await Promise.all([...document.images].filter((img) => img.src && !img.complete).map((img) => img.decode()));
  });

/** Scrolls through the page once, so that every chapter has put its figures inline. */
async function loadEverything(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const screen = page.viewportSize()!.height;
  for (let y = 0; y < height; y += screen) await scrollTo(page, y);
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => document.querySelectorAll("picture[data-figure]").length === 0);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const site = await serveStatic(siteDir);
const browser = await launchChromium();
let count = 0;
try {
  for (const screen of SCREENS) {
    const size = `${screen.width}x${screen.height}`;
    for (const theme of THEMES) {
      // Reduced motion: figures switch at once, so no shot catches a cross-fade half done.
      const context = await browser.newContext({ viewport: screen, colorScheme: theme, reducedMotion: "reduce" });
      const page = await context.newPage();
      await page.goto(`${site.origin}${prefix}`, { waitUntil: "networkidle" });
      await loadEverything(page);
      const steps = await page.$$eval(".scrolly .step", (elements) => elements.map((element) => element.id));
      for (const id of steps.filter((step) => !only || only.test(step))) {
        // Read: the text's top at the reading line (mountScrolly's READING_LINE), just activated.
        const read = await page.$eval(
          `#${id}`,
          (step) => step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.6 + 2,
        );
        await scrollTo(page, read);
        await figuresLoaded(page);
        await page.screenshot({ path: join(outDir, named(`${size}-${theme}-${id}-read.png`)) });
        // Clear: the text's card has just left the top of the screen.
        const clear = await page.$eval(
          `#${id} .step-text`,
          (text) => text.getBoundingClientRect().bottom + window.scrollY,
        );
        await scrollTo(page, clear);
        await figuresLoaded(page);
        await page.screenshot({ path: join(outDir, named(`${size}-${theme}-${id}-clear.png`)) });
        count += 2;
      }
      await context.close();
    }
    const context = await browser.newContext({ viewport: screen, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${prefix}`, { waitUntil: "networkidle" });
    // Lazy images load as they near the screen: bring each into view before the full-page shot.
    for (const img of await page.locator("img").all()) await img.scrollIntoViewIfNeeded();
    await figuresLoaded(page);
    await page.screenshot({ path: join(outDir, named(`${size}-nojs.png`)), fullPage: true });
    count += 1;
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
process.stdout.write(`${count} screenshots in ${outDir}/\n`);
