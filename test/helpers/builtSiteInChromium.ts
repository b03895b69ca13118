import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { serveStatic } from "../../scripts/lib/browser.ts";

/** The phone and desktop screens every browser test uses. */
export const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

/**
 * The run's one Chromium (started by test/helpers/buildSite.ts), connected to from this file.
 * Each test opens its own context, so files share the process but no cookies, storage or pages.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject("chromiumEndpoint"));
  });
  afterAll(async () => {
    // Closing a connected browser only disconnects this file; the process serves the others.
    await browser?.close();
  });
  return () => browser!;
}

/**
 * Serves a built site on 127.0.0.1 (the tests' shared build unless `dir` names another) and
 * connects to the run's Chromium, closing both afterwards. Call at the top of a test file; use the
 * getters inside tests.
 */
export function useBuiltSiteInChromium(dir?: () => string): { browser: () => Browser; origin: () => string } {
  let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
  const browser = useChromium();
  beforeAll(async () => {
    site = await serveStatic(dir?.() ?? inject("siteDir"));
  });
  afterAll(async () => {
    await site?.close();
  });
  return { browser, origin: () => site!.origin };
}

/**
 * Opens a built page and waits for what the tests read: the page loaded, and every scroll section
 * set up (its `data-ready`), rather than for the network to fall silent, which costs at least half
 * a second a page and says nothing about the page.
 */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "load" });
  await waitForScrollies(page);
}

/**
 * Waits until every scroll section that the page's script has mounted (`is-scrolly`, set by
 * mountScrolly before the load event, since module scripts run first) has shown its first state.
 * Without JavaScript no section is mounted and there is nothing to wait for.
 */
export async function waitForScrollies(page: Page): Promise<void> {
  const ready = () =>
    [...document.querySelectorAll(".is-scrolly")].every((section) => section.hasAttribute("data-ready"));
  // Checked once first: with JavaScript off there is nothing to wait for, and no page script to poll with.
  if (!(await page.evaluate(ready))) await page.waitForFunction(ready);
}

/**
 * Scrolls a page from top to bottom two screens at a time and back, and waits until each chapter's
 * chart code has put its figures inline (src/lib/charts/clients.ts): no image is left waiting for
 * its SVG. A check then sees the page as a reader who has scrolled through it does.
 * Two screens a frame cannot pass a chapter unseen: the page's observers watch a screen above and
 * below the viewport (rootMargin "100% 0px", three screens in all), so each stop's watched band
 * overlaps the last one's by a screen. A screen at a time took twice the frames.
 */
export async function scrollThrough(page: Page): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, 2 * window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (atEnd) break;
  }
  await page.waitForFunction(() => document.querySelectorAll("picture[data-figure]").length === 0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Runs a scrolling action and waits for the scroll it causes to end (`scrollend`, on which the
 * scroll story updates its active step, mountScrolly), instead of sleeping a fixed time. An action
 * that does not scroll at all (the page is already at its end) ends the wait after `quiet` ms, and
 * so does a scroll whose `scrollend` never comes: each scroll event restarts that timer rather than
 * cancelling it, since once, on a loaded machine, a wheel to the end of a long page fired scroll
 * but no scrollend and the wait held its test until it timed out (xss.test.ts, /offline/be.html).
 */
export async function afterScroll(page: Page, action: () => Promise<unknown>, quiet = 300): Promise<void> {
  await page.evaluate((quietMs) => {
    (window as unknown as { scrollEnded: Promise<void> }).scrollEnded = new Promise<void>((done) => {
      const finish = () => {
        clearTimeout(timer);
        removeEventListener("scroll", restart);
        removeEventListener("scrollend", finish);
        done();
      };
      let timer = setTimeout(finish, quietMs);
      const restart = () => {
        clearTimeout(timer);
        timer = setTimeout(finish, quietMs);
      };
      addEventListener("scroll", restart);
      addEventListener("scrollend", finish);
    });
  }, quiet);
  await action();
  await page.evaluate(() => (window as unknown as { scrollEnded: Promise<void> }).scrollEnded);
}

/** Wheels to the end of the page, as a reader flicking through it, and waits until it stops there. */
export const wheelToEnd = (page: Page): Promise<void> => afterScroll(page, () => page.mouse.wheel(0, 100_000));

/** Lets the page run two frames: enough for what a focus or a click starts at once to show. */
export const nextFrames = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
