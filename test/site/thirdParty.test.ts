import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, test } from "vitest";
import { serveStatic } from "../../scripts/lib/browser.ts";
import { findExternalLoads, offOrigin, recordRequests } from "../../scripts/lib/thirdParty.ts";
import { useBuiltSiteInChromium } from "../helpers/builtSiteInChromium.ts";

const site = useBuiltSiteInChromium();
const work = mkdtempSync(join(tmpdir(), "exile-third-party-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the built site with one extra page that loads a script from a CDN. */
function siteWithCdnPage(): string {
  const dir = join(work, "dist");
  cpSync(inject("siteDir"), dir, { recursive: true });
  writeFileSync(
    join(dir, "cdn.html"),
    '<!doctype html><html lang="en"><title>x</title><script src="https://cdn.example/x.js"></script></html>',
  );
  return dir;
}

describe("the third-party checks (scripts/lib/thirdParty.ts)", () => {
  test("find nothing in the real build, which loads only from its own origin", () => {
    expect(findExternalLoads(inject("siteDir"))).toEqual([]);
  });

  test("fail, in the build scan and in the browser's request log, when a page loads a script from a CDN", async () => {
    const dir = siteWithCdnPage();
    expect(findExternalLoads(dir)).toEqual([{ file: "cdn.html", what: '<script src="https://cdn.example/x.js">' }]);

    const served = await serveStatic(dir);
    const page = await site.browser().newPage();
    try {
      const requests = await recordRequests(page, served.origin);
      await page.goto(`${served.origin}/cdn.html`, { waitUntil: "load" });
      expect(offOrigin(requests, served.origin)).toEqual(["https://cdn.example/x.js"]);
    } finally {
      await page.close();
      await served.close();
    }
  });

  test("refuse a file kind they have no rule for, rather than skip it", () => {
    const dir = join(work, "unknown");
    cpSync(inject("siteDir"), dir, { recursive: true });
    writeFileSync(join(dir, "feed.rss"), "<rss><channel><link>https://cdn.example/</link></channel></rss>");
    expect(findExternalLoads(dir)).toEqual([
      { file: "feed.rss", what: "no rule for .rss files in scripts/lib/thirdParty.ts" },
    ]);
  });

  test.each([
    ["a stylesheet's url()", "a.css", "body{background:url(https://img.example/a.png)}"],
    ["a stylesheet's @import", "b.css", '@import "https://fonts.example/f.css";'],
    ["a script's fetch", "c.js", 'fetch("https://api.example/track")'],
    ["a script's dynamic import", "d.js", 'import("//cdn.example/m.js")'],
    ["a web manifest's icon", "site.webmanifest", '{"icons":[{"src":"https://cdn.example/i.png"}]}'],
    [
      "an SVG's image",
      "e.svg",
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://x.example/a.png"/></svg>',
    ],
    ["an inline style", "f.html", '<p style="background:url(//x.example/a.png)">x</p>'],
    [
      "a figure fragment's SVG, which the page inlines",
      "g.json",
      JSON.stringify({ step: { wide: '<svg><image href="https://x.example/a.png"/></svg>' } }),
    ],
    ["an Atom feed's stylesheet", "h.xml", '<?xml-stylesheet type="text/xsl" href="https://x.example/s.xsl"?><feed/>'],
  ])("catch %s", (_what, name, content) => {
    const dir = mkdtempSync(join(work, "kind-"));
    writeFileSync(join(dir, name), content);
    expect(findExternalLoads(dir)).toHaveLength(1);
  });
});
