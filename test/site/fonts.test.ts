import { readFileSync } from "node:fs";
import { describe, expect, inject, test } from "vitest";
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
// The faces that fetch a file; the fallback faces name local fonts only.
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
  .map((match) => match[1]!)
  .filter((face) => face.includes("url("));
const site = useBuiltSiteInChromium();

describe("the self-hosted font (src/styles/fonts.css)", () => {
  test("ships woff2 files only, each with the weights 400 to 600, for Latin (core and rest), Latin Extended and Cyrillic", () => {
    const fonts = files.filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file)).map((file) => file.split("/").at(-1));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts)
      expect(font).toMatch(/^ibm-plex-sans-(latin-core|latin-rest|latin-ext|cyrillic)-400-600-normal\.[\w-]+\.woff2$/);
    expect(faces).toHaveLength(4);
  });

  test("never moves text when it arrives (font-display: optional), with a matched fallback and a system stack", () => {
    for (const face of faces) {
      expect(face).toMatch(/font-display:\s*optional/);
      expect(face).toMatch(/unicode-range:/);
      expect(face).not.toMatch(/format\(["']?woff["']?\)/);
    }
    // The minifier keeps a custom property's quotes and drops a font-family's.
    expect(css).toMatch(/--font-fallbacks:\s*"?IBM Plex Sans Fallback"?,\s*system-ui,[^;]*sans-serif/);
    expect(css).toMatch(/font-family:\s*"?IBM Plex Sans"?,\s*var\(--font-fallbacks\)/);
  });

  test("preloads the Latin core file the stylesheet uses, so it loads beside it rather than after it, and only that one", () => {
    const html = readFileSync(`${siteDir}/index.html`, "utf8");
    const preloads = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font" type="font\/woff2" crossorigin/g)];
    expect(preloads.map((match) => match[1]!.split("/").at(-1)!.split(".")[0])).toEqual([
      "ibm-plex-sans-latin-core-400-600-normal",
    ]);
    for (const [, href] of preloads) expect(css).toContain(`url(${href})`);
  });

  test("downloads, for the English page, the Latin core file and only the other subsets its text needs", async () => {
    /** Whether any character of `text` lies in a face's unicode-range, e.g. "U+0000-00FF, U+0131". */
    const needed = (face: string, text: string) => {
      const ranges = [
        ...(/unicode-range:([^;]+)/.exec(face)?.[1] ?? "").matchAll(/U\+([\dA-F]+)(?:-([\dA-F]+))?/gi),
      ].map(([, from, to]) => [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const);
      return [...text].some((char) =>
        ranges.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to),
      );
    };
    const page = await site.browser().newPage();
    const fonts: string[] = [];
    page.on("request", (request) => request.resourceType() === "font" && fonts.push(request.url()));
    await openPage(page, `${site.origin()}/`);
    await page.evaluate(() => document.fonts.ready);
    const text = await page.evaluate(() => document.body.textContent ?? "");
    expect(fonts.some((url) => /ibm-plex-sans-latin-core-400-600-normal/.test(url))).toBe(true);
    for (const url of fonts) {
      const file = url.split("/").at(-1)!.split(".")[0]!;
      const face = faces.find((candidate) => candidate.includes(file));
      expect(face, url).toBeDefined();
      expect(needed(face!, text), `${file} is downloaded but no character of the page needs it`).toBe(true);
    }
    await expect(page.evaluate(() => document.fonts.check('16px "IBM Plex Sans"'))).resolves.toBe(true);
    // The language links name the other editions in their own alphabet, in the local fallback
    // (global.css): those two words must not cost every English reader the Cyrillic file.
    expect(text).toMatch(/\p{Script=Cyrillic}/u);
    expect(fonts.filter((url) => /cyrillic/.test(url))).toEqual([]);
    await page.close();
  });
});
