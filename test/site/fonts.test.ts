import { readFileSync } from "node:fs";
import { describe, expect, inject, test } from "vitest";
import { localePrefix, locales } from "../../src/lib/i18n/locales.ts";
import { FONT_STACK } from "../../src/lib/story/figureFiles.ts";
import { walk } from "../../scripts/lib/thirdParty.ts";
import { openPage, useBuiltSiteInChromium } from "../helpers/builtSiteInChromium.ts";

const siteDir = inject("siteDir");
const files = walk(siteDir);
// The stylesheets are inlined into each page (astro.config.mjs), so the story page's <style>
// elements are read beside any stylesheet file.
const css = [
  ...files.filter((file) => file.endsWith(".css")).map((file) => readFileSync(file, "utf8")),
  ...[...readFileSync(`${siteDir}/index.html`, "utf8").matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
    (match) => match[1]!,
  ),
].join("\n");
/** A font-family list without its quotes and spaces, as a minifier may or may not write it. */
const families = (list: string) =>
  list
    .replace(/["']/g, "")
    .replace(/\s*,\s*/g, ",")
    .trim();
const site = useBuiltSiteInChromium();

describe("the reader's own system font (src/styles/global.css)", () => {
  test("is all the site uses: no font file, no @font-face and no font preload in any page", () => {
    expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file))).toEqual([]);
    expect(css).not.toMatch(/@font-face/);
    for (const file of files.filter((name) => name.endsWith(".html")))
      expect(readFileSync(file, "utf8"), file).not.toMatch(/<link[^>]+as="?font/);
  });

  test("is the same stack on the page and in every figure file an <img> shows", () => {
    const stacks = [...css.matchAll(/font-family:\s*([^;}]*-apple-system[^;}]*)/g)].map((match) => families(match[1]!));
    expect(stacks.length).toBeGreaterThan(0);
    for (const stack of stacks) expect(stack).toBe(families(FONT_STACK));
    const figures = files.filter((file) => /\/figures\/[^/]+\.svg$/.test(file));
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures)
      expect(/<svg[^>]*\sfont-family="([^"]*)"/.exec(readFileSync(figure, "utf8"))?.[1], figure).toBe(FONT_STACK);
  });

  test("sets every edition's story without a font request", async () => {
    const page = await site.browser().newPage();
    const fonts: string[] = [];
    page.on("request", (request) => request.resourceType() === "font" && fonts.push(request.url()));
    for (const locale of locales) {
      await openPage(page, `${site.origin()}${localePrefix(locale)}`);
      const family = await page.evaluate(() => getComputedStyle(document.querySelector("main p")!).fontFamily);
      expect(families(family), locale).toBe(families(FONT_STACK));
    }
    expect(fonts).toEqual([]);
    await page.close();
  });
});
