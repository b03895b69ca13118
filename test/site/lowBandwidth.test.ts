import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, test } from "vitest";
import { walk } from "../../scripts/lib/thirdParty.ts";
import { openPage, useBuiltSiteInChromium } from "../helpers/builtSiteInChromium.ts";

const siteDir = inject("siteDir");
const site = useBuiltSiteInChromium();
/** How long each script is held back, as on a slow or throttled connection. */
const SCRIPT_DELAY_MS = 3_000;

describe("on a slow network", () => {
  const pages = walk(siteDir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => relative(siteDir, file));
  test.each(pages)("%s has no render-blocking script", (file) => {
    const { document } = parseHTML(readFileSync(join(siteDir, file), "utf8"));
    for (const script of document.querySelectorAll("script")) {
      const deferred =
        script.getAttribute("type") === "module" || script.hasAttribute("defer") || script.hasAttribute("async");
      expect(deferred, `${file}: ${script.outerHTML}`).toBe(true);
    }
  });

  test("the story paints its first screen of text before any script arrives", async () => {
    const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
    let scriptsArrived = Infinity;
    await page.route(/\.m?js$/, async (route) => {
      await new Promise((done) => setTimeout(done, SCRIPT_DELAY_MS));
      await route.continue();
    });
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") scriptsArrived = Math.min(scriptsArrived, Date.now());
    });
    const started = Date.now();
    await page.goto(`${site.origin()}/`, { waitUntil: "commit" });
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
    const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]!.startTime);
    // The largest element painted so far: with scripts still held back, it must already be text.
    const largest = await page.evaluate(
      () =>
        new Promise<{ tag: string; text: string }>((done) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntries().at(-1) as PerformanceEntry & { element?: Element };
            done({ tag: entry.element?.localName ?? "", text: entry.element?.textContent?.trim() ?? "" });
          }).observe({ type: "largest-contentful-paint", buffered: true });
        }),
    );
    expect(fcp).toBeLessThan(SCRIPT_DELAY_MS);
    expect(Date.now() - started).toBeLessThan(SCRIPT_DELAY_MS);
    expect(scriptsArrived).toBe(Infinity);
    expect(["h1", "p", "li", "div", "header"]).toContain(largest.tag);
    expect(largest.text.length).toBeGreaterThan(20);
    await page.close();
  });

  test("the map's geometry is fetched when the reader nears the map, once, and not as images too", async () => {
    const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin()}/`, { waitUntil: "networkidle" });
    const map = (path: string) => path.startsWith("/figures/exile-map");
    expect(fetched.filter(map)).toEqual([]);
    // Two screens above the map: close enough for its code to start loading (clients.ts).
    await page.$eval("#exile-map", (section) =>
      window.scrollBy(0, section.getBoundingClientRect().top - window.innerHeight * 1.5),
    );
    await page.waitForSelector("#exile-map-steps .chart-svgs svg.exile-map", { state: "attached" });
    await page.waitForLoadState("networkidle");
    expect(fetched.filter(map)).toEqual(["/figures/exile-map.json"]);
    await page.close();
  });

  test("holds back the figures of chapters not yet near, and lets them all load before printing", async () => {
    const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
    await openPage(page, `${site.origin()}/`);
    const withoutFile = () => page.locator("picture[data-figure] img:not([src])").count();
    expect(await withoutFile()).toBeGreaterThan(0);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await withoutFile()).toBe(0);
    // Every image given its file loads; one that never does fails this wait with a timeout.
    await page
      .waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>("picture[data-figure] img")].every((img) => img.complete),
      )
      .catch(() => undefined);
    const unloaded = await page.$$eval(
      "picture[data-figure] img",
      (images) =>
        images.filter((img) => !(img as HTMLImageElement).complete || (img as HTMLImageElement).naturalWidth === 0)
          .length,
    );
    expect(unloaded).toBe(0);
    await page.close();
  });
});
