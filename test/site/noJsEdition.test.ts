import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { localePrefix, locales } from "../../src/lib/i18n/locales.ts";
import { openPage, scrollThrough, useBuiltSiteInChromium, wheelToEnd } from "../helpers/builtSiteInChromium.ts";

const site = useBuiltSiteInChromium();

/** What a reader gets from the story: its words, its numbered figures and the sources it links to. */
interface Edition {
  words: string[];
  figures: string[];
  /** Each figure's chart by its accessible name: an image's alt text, or an inline SVG's label. */
  charts: string[];
  sourceLinks: string[];
}

/**
 * Reads an edition from the DOM. It uses textContent, not innerText: with JavaScript on, the
 * figures of inactive steps are `visibility: hidden` in the sticky stage, yet they are the same
 * figures a reader reaches by scrolling, so they count as content. Live regions (`aria-live`,
 * `role=status`) are left out: they only repeat, for screen readers, a caption or point title
 * already in the page, and exist only once the script runs.
 */
const readEdition = (page: Page): Promise<Edition> =>
  page.evaluate(() => {
    const main = document.querySelector("main")!.cloneNode(true) as HTMLElement;
    main.querySelectorAll("[aria-live], [role=status], script, template").forEach((element) => element.remove());
    // A chart is compared as a whole, by its name: without JavaScript it is an image whose words
    // are inside the file; with it, the same file's SVG is inline. The build test checks that the
    // image and the SVG draw the same words.
    const charts = [...main.querySelectorAll("figure")].flatMap((figure) => {
      const svg = figure.querySelector(".chart-wide svg[role=img]");
      const img = figure.querySelector("picture img");
      return svg ? [svg.getAttribute("aria-label") ?? ""] : img ? [img.getAttribute("alt") ?? ""] : [];
    });
    main.querySelectorAll("figure svg, figure picture").forEach((element) => element.remove());
    const words = (main.textContent ?? "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return {
      words: [...new Set(words)].sort(),
      figures: [...main.querySelectorAll("figcaption strong")].map((label) => label.textContent ?? "").sort(),
      charts,
      sourceLinks: [
        ...new Set([...main.querySelectorAll("a[href^='http']")].map((a) => a.getAttribute("href")!)),
      ].sort(),
    };
  });

/** Everything one edition has that the other lacks; empty when they match. */
function differences(off: Edition, on: Edition): Record<string, unknown[]> {
  const missing = <T>(a: T[], b: T[]) => a.filter((item) => !b.includes(item));
  const found = {
    "words only without JavaScript": missing(off.words, on.words),
    "words only with JavaScript": missing(on.words, off.words),
    "figures only without JavaScript": missing(off.figures, on.figures),
    "figures only with JavaScript": missing(on.figures, off.figures),
    "charts only without JavaScript": missing(off.charts, on.charts),
    "charts only with JavaScript": missing(on.charts, off.charts),
    "charts (off, on)": off.charts.length === on.charts.length ? [] : [off.charts.length, on.charts.length],
    "source links only without JavaScript": missing(off.sourceLinks, on.sourceLinks),
    "source links only with JavaScript": missing(on.sourceLinks, off.sourceLinks),
  };
  return Object.fromEntries(Object.entries(found).filter(([, items]) => items.length > 0));
}

async function edition(
  javaScriptEnabled: boolean,
  change?: (page: Page) => Promise<void>,
  path = "/",
): Promise<Edition> {
  const context = await site.browser().newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openPage(page, `${site.origin()}${path}`);
  if (javaScriptEnabled) {
    // Scroll through the story so every figure is inline and every step has been shown once.
    await scrollThrough(page);
    await wheelToEnd(page);
  }
  await change?.(page);
  const read = await readEdition(page);
  await context.close();
  return read;
}

describe("the story without JavaScript", () => {
  test.each(locales.map(localePrefix))(
    "has the same words, numbered figures and source links as with JavaScript (%s)",
    async (path) => {
      const [off, on] = [await edition(false, undefined, path), await edition(true, undefined, path)];
      expect(on.figures.length).toBeGreaterThan(0);
      expect(on.sourceLinks.length).toBeGreaterThan(0);
      expect(differences(off, on)).toEqual({});
    },
  );

  test("would be caught missing a chapter that only JavaScript renders", async () => {
    const off = await edition(false);
    const on = await edition(true, (page) =>
      page.evaluate(() => {
        const chapter = document.createElement("section");
        chapter.innerHTML =
          '<h2>Interrogations</h2> <figure><div class="chart-wide"><svg role="img" aria-label="Interrogations by year"></svg></div><figcaption><strong>Figure 99.</strong></figcaption></figure> <a href="https://example.org/report">memorandum</a>';
        document.querySelector("main")!.append(chapter);
      }),
    );
    expect(differences(off, on)).toEqual({
      "words only with JavaScript": ["99", "interrogations", "memorandum"],
      "figures only with JavaScript": ["Figure 99."],
      "charts only with JavaScript": ["Interrogations by year"],
      "charts (off, on)": [off.charts.length, off.charts.length + 1],
      "source links only with JavaScript": ["https://example.org/report"],
    });
  });
});
