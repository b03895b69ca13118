import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { offlineCss, offlineEdition } from "../../scripts/lib/offlineEdition.ts";

const CSS = ":root{--text:#111;--background:#fff;color:var(--text)}h1{color:red}";
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
  `<meta http-equiv="content-security-policy" content="default-src 'self'">` +
  `<link rel="icon" href="/favicon.svg"><link rel="preload" href="/_astro/f.woff2" as="font">` +
  `<style>${CSS}</style></head><body>${body}<script type="module" src="/_astro/a.js"></script></body></html>`;
const figures = JSON.stringify({
  "c-one": {
    narrow: '<svg aria-label="one" width="3" height="2"></svg>',
    wide: '<svg aria-label="one" width="6" height="2"></svg>',
  },
});
const readFile = (path: string) => {
  if (path !== "figures/c.json") throw new Error(`unexpected read of ${path}`);
  return figures;
};
const address = { site: "https://mirror.example", base: "/atlas/" };
const make = (body: string) =>
  parseHTML(offlineEdition(page(body), readFile, "https://mirror.example/atlas/", address)).document;

describe("offlineEdition", () => {
  const document = make(
    '<div data-figures="/atlas/figures/c.json"><picture data-figure="c-one"><img src="/figures/c-one.svg" alt=""></picture></div>' +
      '<a href="/events/">events</a> <a href="/atlas/data/x.csv" download>data</a> <a href="#top">top</a>' +
      ' <a href="https://source.example/a">source</a>',
  );

  test("puts each step's figure inline at both widths, in place of its picture", () => {
    expect(document.querySelectorAll("picture, img")).toHaveLength(0);
    const holder = document.querySelector('[data-offline-figure="c-one"]')!;
    expect([...holder.querySelectorAll("svg")].map((svg) => svg.getAttribute("width"))).toEqual(["3", "6"]);
  });

  test("drops scripts, links that load and the page's policy, and sets its own", () => {
    expect(document.querySelectorAll("script, link")).toHaveLength(0);
    const policies = [...document.querySelectorAll('meta[http-equiv="content-security-policy"]')];
    expect(policies.map((meta) => meta.getAttribute("content")!.split(";")[0])).toEqual(["default-src 'none'"]);
  });

  test("points the site's own links at its online address, under its base path, and keeps the rest", () => {
    expect([...document.querySelectorAll("a")].map((link) => link.getAttribute("href"))).toEqual([
      "https://mirror.example/atlas/events/",
      "https://mirror.example/atlas/data/x.csv",
      "#top",
      "https://source.example/a",
    ]);
    expect(document.querySelector("[download]")).toBeNull();
  });

  test("allows each of its stylesheets by hash, never with 'unsafe-inline'", () => {
    const policy = document.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute("content")!;
    expect(policy.match(/'sha256-[^']+'/g)).toHaveLength(document.querySelectorAll("style").length);
    expect(policy).not.toContain("unsafe");
  });

  test("stops the build when the page would still load something, or needs inline styles", () => {
    expect(() => make('<img src="/new-image.png" alt="">')).toThrow(/would load \/new-image\.png/);
    expect(() => make('<svg><image href="https://x.example/a.png"/></svg>')).toThrow(/would load/);
    expect(() => make('<p style="color:red">x</p>')).toThrow(/unsafe-inline/);
  });
});

describe("offlineCss", () => {
  test("drops the web fonts and imports, and keeps a fallback face that names local fonts only", () => {
    const css = offlineCss(
      '@import "x.css";@font-face{font-family:A;src:url(/_astro/a.woff2) format("woff2")}' +
        '@font-face{font-family:"A Fallback";src:local("Arial");size-adjust:98%}p{color:red}',
    );
    expect(css).not.toContain("url(");
    expect(css).not.toContain("@import");
    expect(css).toContain('local("Arial")');
    expect(css).toContain("p{color:red}");
  });

  test("refuses any other url() that is not data:", () => {
    expect(() => offlineCss("p{background:url(/bg.png)}")).toThrow(/loads \/bg\.png/);
    expect(offlineCss("p{background:url(data:image/png;base64,AA==)}")).toContain("data:");
  });
});

test("offlineEdition keeps an attribute's ampersands as the page had them, which linkedom would not escape", () => {
  const html = offlineEdition(
    page('<a href="https://source.example/?q=a&amp;ltb&amp;x=1" title="a &amp; b">s</a>'),
    readFile,
    "https://mirror.example/atlas/",
    address,
  );
  // Read back as a browser reads it: the HTML parser decodes the attribute once.
  const link = parseHTML(html).document.querySelector("a")!;
  expect(link.getAttribute("href")).toBe("https://source.example/?q=a&ltb&x=1");
  expect(link.getAttribute("title")).toBe("a & b");
  expect(html).toContain('href="https://source.example/?q=a&amp;ltb&amp;x=1"');
});
