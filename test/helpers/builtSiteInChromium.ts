import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromium, serveStatic } from "../../scripts/lib/browser.ts";

/** The phone and desktop screens every browser test uses. */
export const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

/**
 * Serves the site the tests built on 127.0.0.1 and starts Debian's Chromium for the file's tests,
 * closing both afterwards. Call at the top of a test file; use the getters inside tests.
 */
export function useBuiltSiteInChromium(): { browser: () => Browser; origin: () => string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    site = await serveStatic(inject("siteDir"));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, origin: () => site!.origin };
}

/**
 * Scrolls a page from top to bottom a screen at a time and back, waiting for the network to go
 * quiet: each chapter's chart code then has put its figures inline (src/lib/charts/clients.ts), so
 * a check sees the page as a reader who has scrolled through it does.
 */
export async function scrollThrough(page: Page): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (atEnd) break;
  }
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => window.scrollTo(0, 0));
}
