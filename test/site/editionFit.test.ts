import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, test } from "vitest";
import { localePrefix, locales } from "../../src/lib/i18n/locales.ts";
import { useBuiltSiteInChromium } from "../helpers/builtSiteInChromium.ts";

/**
 * Belarusian and Russian words run longer than English ones. In each edition, as Chromium lays
 * them out: every word of every step's figure stays inside its SVG at both widths, and every
 * embed fits the default height its snippet gives it, so a host that strips the resizing script
 * shows no scrollbar and no chart cut off.
 */
const site = useBuiltSiteInChromium();
const siteDir = inject("siteDir");

describe.each(locales)("the %s edition", (locale) => {
  const prefix = localePrefix(locale);

  test("keeps every word of every step's figure inside the figure, at 360 and 600 px", async () => {
    const context = await site.browser().newContext({ viewport: { width: 600, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin()}${prefix}`, { waitUntil: "load" });
    const outside = await page.evaluate(async (prefix) => {
      await document.fonts.ready;
      const found: string[] = [];
      const host = document.createElement("div");
      document.body.prepend(host);
      for (const chapter of document.querySelectorAll("section.chapter")) {
        const response = await fetch(`${prefix}figures/${chapter.id}.json`);
        if (!response.ok) continue;
        const figures = (await response.json()) as Record<string, Record<string, string>>;
        for (const [id, svgs] of Object.entries(figures))
          for (const [width, markup] of Object.entries(svgs)) {
            host.innerHTML = markup;
            const svg = host.querySelector("svg")!;
            host.style.width = `${svg.getAttribute("width")}px`;
            const box = svg.getBoundingClientRect();
            for (const text of svg.querySelectorAll("text")) {
              const r = text.getBoundingClientRect();
              if (r.width === 0) continue;
              if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
                found.push(`${id} (${width}): "${text.textContent}"`);
            }
          }
      }
      host.remove();
      return found;
    }, prefix);
    expect(outside).toEqual([]);
    await context.close();
  });

  test("gives every embed a snippet height its page fits in at 600 px without JavaScript", async () => {
    const context = await site.browser().newContext({
      viewport: { width: 600, height: 800 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const ids = readdirSync(join(siteDir, prefix, "embed"));
    expect(ids.length).toBeGreaterThan(4);
    const misfits: string[] = [];
    for (const id of ids) {
      const { height } = JSON.parse(readFileSync(join(siteDir, prefix, "embed", id, "oembed.json"), "utf8")) as {
        height: number;
      };
      await page.goto(`${site.origin()}${prefix}embed/${id}/`, { waitUntil: "load" });
      const content = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      // Never taller than the frame; at most a few lines of blank space below.
      if (content > height + 1 || content < height - 70)
        misfits.push(`${id}: content ${content} px, snippet ${height} px`);
    }
    expect(misfits).toEqual([]);
    await context.close();
  });
});
