import type { Browser } from "playwright-core";
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
