import type { Browser } from "playwright-core";
import { offOrigin, recordRequests } from "./thirdParty.ts";

/** What one cold load of a page fetched, as a phone on a fresh profile would. */
export interface FirstLoad {
  /** Every request, with its type and the bytes that crossed the wire for its body. */
  requests: { url: string; type: string; bytes: number }[];
  /** Requests to anywhere but the site's own origin (refused, so they cost nothing here). */
  thirdParty: string[];
  /** Scripts that must run before the page can paint: classic scripts without defer or async. */
  renderBlockingScripts: number;
  /** Scripts whose fetch started before the first contentful paint (they never delay it). */
  scriptsBeforeFirstPaint: number;
}

/**
 * Loads a page once in a new browser context, records every request and its transfer size, and
 * reads from the page which of its scripts could hold up the first paint.
 */
export async function firstLoad(browser: Browser, origin: string, path: string): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const urls = await recordRequests(page, origin);
  const finished: Promise<FirstLoad["requests"][number]>[] = [];
  page.on("requestfinished", (request) =>
    finished.push(
      request
        .sizes()
        .then((sizes) => ({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize })),
    ),
  );
  await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity;
    const scripts = performance
      .getEntriesByType("resource")
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === "script" || /\.m?js$/.test(entry.name));
    return {
      renderBlockingScripts: [...document.querySelectorAll("script[src]")].filter(
        (script) =>
          script.getAttribute("type") !== "module" && !script.hasAttribute("defer") && !script.hasAttribute("async"),
      ).length,
      scriptsBeforeFirstPaint: scripts.filter((entry) => entry.startTime < paint).length,
    };
  });
  const requests = await Promise.all(finished);
  await context.close();
  return { requests, thirdParty: offOrigin(urls, origin), ...timing };
}
