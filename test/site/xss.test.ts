import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { datasets } from "../../src/lib/data/datasets.ts";
import { openPage, scrollThrough, useBuiltSiteInChromium, wheelToEnd } from "../helpers/builtSiteInChromium.ts";
import { builtPages, isOfflineEdition, pageTemplates } from "../helpers/pages.ts";
import { copyData, runBuild, warmCacheDir } from "../helpers/runBuild.ts";
import { injectPayloads, quotedCells, type Injected } from "../helpers/xssPayloads.ts";
import { defaultLocale, editionOf } from "../../src/lib/i18n/locales.ts";

const work = mkdtempSync(join(tmpdir(), "exile-xss-"));
const outDir = join(work, "dist");
let injected: Injected[] = [];
let build: Awaited<ReturnType<typeof runBuild>>;
/**
 * The pages checked: one page of each template in each edition (test/helpers/pages.ts), which
 * covers every page that is not an embed and one embed page per chart, and the offline editions.
 * Each edition's cells carry payloads of their own. The embed pages of a chart's steps are not
 * opened one by one: each shows the same chart, notes and table as its chart's overview, and
 * its step's figure is also drawn inline in the story, which is checked after a scroll through
 * it. The payload build has the same pages as the shared build of the real data (checked below),
 * so they are listed from that.
 */
const shared = inject("siteDir");
const pages = [...pageTemplates(shared), ...builtPages(shared).filter(isOfflineEdition)];
/** How many payloads each page quotes. */
const quoted = new Map<string, number>();

// A payload in every text cell changes every figure of all three editions, so no cached drawing
// applies: the site-builds project's hook timeout (vitest.config.ts) allows for that.
beforeAll(async () => {
  const dataDir = copyData(work);
  injected = injectPayloads(dataDir);
  // Without the PNGs: a payload in every cell redraws every image, and an image runs no script.
  build = await runBuild({ dataDir, outDir, cacheDir: warmCacheDir(work), skipImages: true });
});
// Registered after the build above, so it serves the build's output.
const site = useBuiltSiteInChromium(() => outDir);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a build whose data cells all carry HTML and script payloads", () => {
  test("puts a payload into every text and web-address column of every data file, and still builds", () => {
    expect(build.output).not.toMatch(/data problem/);
    expect(build.status, build.output).toBe(0);
    // Built without the PNGs, as asked, and saying it is not a build to publish.
    expect(build.output).toContain("Do not publish this build");
    expect(existsSync(join(outDir, "embed", "timeline", "chart.png"))).toBe(false);
    expect(existsSync(join(outDir, "embed", "timeline", "chart.svg"))).toBe(true);
    for (const dataset of datasets) {
      const columns = injected.filter((cell) => cell.file === dataset.name).map((cell) => cell.column);
      expect(new Set(columns).size, `${dataset.name} has text columns`).toBeGreaterThan(0);
      expect(columns).toContain("source_name");
      expect(columns).toContain("source_url");
    }
  });

  test("builds the same pages as the real data, and every edition's are checked below", () => {
    expect(builtPages(outDir)).toEqual(builtPages(shared));
    expect(pages.filter((path) => editionOf(path) !== defaultLocale).length).toBeGreaterThanOrEqual(6);
  });

  // The pages are opened a few at a time: each spends most of its time waiting on Chromium.
  describe.concurrent("runs none of them on any page, and shows each one that a page quotes as literal text", () => {
    test.for(pages)("%s", async (path, { expect }) => {
      const context = await site.browser().newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await openPage(page, `${site.origin()}${path}`);
      // Every chapter's figures put inline, as a reader who scrolls through gets them.
      await scrollThrough(page);
      // Open every table and focus every chart point, so text shown only on demand is rendered too.
      await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
      for (const chart of await page.locator("svg.plot-chart[tabindex]").all()) {
        await chart.focus();
        await page.keyboard.press("ArrowRight");
      }
      await wheelToEnd(page);

      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), path).toBeUndefined();
      expect(dialogs, path).toEqual([]);
      const found = await page.evaluate(() => ({
        handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
        javascriptLinks: document.querySelectorAll('[href^="javascript:" i]').length,
        // Everything a reader can see or hover: the text, and every attribute value (titles, links).
        corpus: [
          document.body.textContent ?? "",
          ...[...document.querySelectorAll("*")].flatMap((element) =>
            [...element.attributes].map((attribute) => attribute.value),
          ),
        ].join("\n"),
      }));
      expect(found.handlers, path).toBe(0);
      expect(found.javascriptLinks, path).toBe(0);
      const { quoted: cells, broken } = quotedCells(found.corpus, injected);
      quoted.set(path, cells.length);
      expect(
        broken.map((cell) => `${path}: ${cell.file}.${cell.column} (${cell.marker})`),
        "payloads shown but not as the literal text of their cell",
      ).toEqual([]);
      await context.close();
    });
  });

  test("quotes the political-prisoner rows at least, so the check above is not vacuous", () => {
    expect([...quoted.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThan(10);
  });
});
