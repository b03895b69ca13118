import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { parseHeadersFile } from "../../scripts/lib/headersFile.ts";
import { defaultLocale, localePrefix, locales, type Locale } from "../../src/lib/i18n/locales.ts";
import { takeAstroTurn } from "../helpers/astroTurn.ts";
import { openPage, scrollThrough, useChromium } from "../helpers/builtSiteInChromium.ts";
import { childEnv } from "../helpers/childEnv.ts";
import { warmCacheDir } from "../helpers/runBuild.ts";
import {
  brokenReferences,
  crawlSite,
  publicUrl,
  serveUnderBase,
  watchRequests,
  type Crawl,
  type Published,
} from "../helpers/siteReferences.ts";

/**
 * A mirror under a folder of another host (issue 16, "any address, any path"): the site built with
 * `EXILE_BASE=/atlas/` and `EXILE_SITE=https://mirror.example`, crawled file by file, every
 * reference to the site requested from a server that serves the build under /atlas/ and nothing
 * else, and each edition's story read in Chromium with its scripts running. A path from the root
 * of the host (`/figures/…`), which the site's own root build would serve by chance, breaks here.
 */
const published: Published = { site: "https://mirror.example", base: "/atlas/" };
const isOffline = (file: string) => file.startsWith("offline/");
const browser = useChromium();

let dir = "";
let crawl: Crawl;
let server: Awaited<ReturnType<typeof serveUnderBase>> | undefined;
const work = mkdtempSync(join(inject("workDir"), "base-path-"));

beforeAll(async () => {
  dir = join(work, "dist");
  // Two Astro processes started from this checkout at once delete each other's prerendered chunks
  // (test/helpers/astroTurn.ts), so the build waits for its turn like runBuild's.
  const endTurn = await takeAstroTurn();
  let build: SpawnSyncReturns<string>;
  try {
    build = spawnSync(process.execPath, ["scripts/build.ts"], {
      encoding: "utf8",
      env: childEnv({
        EXILE_OUT_DIR: dir,
        EXILE_CACHE_DIR: warmCacheDir(work),
        EXILE_SITE: published.site,
        EXILE_BASE: published.base,
      }),
    });
  } finally {
    endTurn();
  }
  if (build.status !== 0) throw new Error(`The site did not build for /atlas/:\n${build.stdout}\n${build.stderr}`);
  crawl = crawlSite(dir, published, isOffline);
  server = await serveUnderBase(dir, published.base);
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The edition a file of the build belongs to, by its folder: "be/embed/a/index.html" is "be". */
const editionOfFile = (file: string): Locale =>
  locales.find((locale) => locale !== defaultLocale && file.startsWith(localePrefix(locale).slice(1))) ??
  (isOffline(file) ? (file.slice("offline/".length, -".html".length) as Locale) : defaultLocale);

/**
 * The kinds of file the crawl reads, each checked on its own so that a break names its kind; each
 * must hold references, or a crawl that stopped reading one would pass.
 */
const kinds: [string, (file: string) => boolean][] = [
  ["pages and SVG images", (file) => /\.(html|svg)$/.test(file) && !isOffline(file)],
  ["offline editions (read as files opened from disk)", isOffline],
  ["JSON: chapter figure fragments, oEmbed files, version.json", (file) => file.endsWith(".json")],
  ["Atom feeds", (file) => file.endsWith(".xml")],
  ["scripts", (file) => file.endsWith(".js")],
  ["_headers rules", (file) => file === "_headers"],
  ["SHA256SUMS entries (what npm run verify fetches from a mirror)", (file) => file === "SHA256SUMS"],
];

describe("a build for a mirror under /atlas/ (EXILE_BASE=/atlas/)", () => {
  test.each(kinds)("every reference in its %s is under /atlas/ and served", async (_kind, holds) => {
    const references = crawl.references.filter((reference) => holds(reference.file));
    expect(references.length).toBeGreaterThan(0);
    const breaks = await brokenReferences({ ...crawl, references }, { base: published.base, origin: server!.origin });
    expect(breaks).toEqual([]);
  });

  test("the crawl reads every kind of reference a page makes", () => {
    const kindsFound = new Set(crawl.references.map((reference) => reference.what));
    for (const what of [
      "<a href>",
      "<link href>",
      "<script src>",
      "<img src>",
      "<source srcset>",
      "<meta content>",
      "<div data-figures>",
      "<code> code <iframe src>",
      "<code> code <script src>",
      'JSON "html" <iframe src>',
      'JSON "url"',
      "script import",
    ])
      expect(kindsFound, what).toContain(what);
    // The feeds' entries link to their place on the updates page, whose ids the crawl checks.
    expect(crawl.references.some(({ value }) => value.includes("/updates/#update-"))).toBe(true);
  });

  test("each edition's files link within the edition, to the shared files, and to the same page in the other editions", () => {
    // Every edition's pages link to their own edition's figures, events, embeds and updates
    // (loadEdition's url(), editionPath), to the files all editions share (sitePath: the CSVs,
    // scripts, fonts, icon, offline files, list of files), and to their own page in the other
    // languages. A path made without the edition's prefix would still answer 200 (English's
    // file), so the crawl's requests alone would not see it.
    const shared = /^(_astro\/|data\/|offline\/[a-z]+\.html$|favicon\.svg$|embed\.js$|SHA256SUMS$)/;
    const prefixOf = (locale: Locale) => localePrefix(locale).slice(1);
    const misplaced: string[] = [];
    for (const { file, what, value, url } of crawl.references) {
      if (url.protocol === "file:" || /^(_headers|SHA256SUMS|data\/version\.json|_astro\/)/.test(file)) continue;
      const edition = editionOfFile(file);
      const path = decodeURIComponent(url.pathname).slice(published.base.length);
      const inEdition = (locale: Locale) =>
        locale === defaultLocale
          ? !locales.some((other) => other !== defaultLocale && path.startsWith(prefixOf(other)))
          : path.startsWith(prefixOf(locale));
      const page = isOffline(file) ? "" : publicUrl(file, published).pathname.slice(published.base.length);
      const pageInEdition = page.slice(prefixOf(edition).length);
      const samePageElsewhere = locales.some((locale) => path === `${prefixOf(locale)}${pageInEdition}`);
      if (!shared.test(path) && !inEdition(edition) && !samePageElsewhere)
        misplaced.push(`${file}: ${what} ${value} is not in the ${edition} edition`);
    }
    expect(misplaced).toEqual([]);
  });

  test.each(locales)(
    "the %s offline edition links to the online site by its address and base, and within itself",
    (locale) => {
      const links = crawl.references.filter(
        ({ file, what }) => file === `offline/${locale}.html` && what === "<a href>",
      );
      expect(links.length).toBeGreaterThan(0);
      for (const { value } of links) expect(value).toMatch(/^(#|https:\/\/mirror\.example\/atlas\/)/);
      expect(links.map(({ value }) => value)).toContain(
        `https://mirror.example/atlas/${localePrefix(locale).slice(1)}`,
      );
    },
  );

  test("_headers has each page's rule at the path it is served from, and lets any site frame every edition's embeds", () => {
    const rules = parseHeadersFile(readFileSync(join(dir, "_headers"), "utf8"));
    expect([...rules.keys()].filter((path) => !path.startsWith("/atlas/"))).toEqual([]);
    expect(rules.get("/atlas/*")?.get("referrer-policy")).toBe("no-referrer");
    const pages = crawl.anchors.keys();
    let embeds = 0;
    for (const address of pages) {
      if (address.startsWith("file:")) continue;
      const path = new URL(address).pathname;
      const csp = rules.get(path)?.get("content-security-policy");
      expect(csp, `no rule for ${path}`).toBeTruthy();
      const embed = /^\/atlas\/(?:(?:be|ru)\/)?embed\/[^/]+\/$/.test(path);
      if (embed) embeds++;
      expect(csp, path).toMatch(embed ? /frame-ancestors \*$/ : /frame-ancestors 'none'$/);
    }
    expect(embeds).toBeGreaterThan(locales.length);
  });
});

describe("each edition under /atlas/ in Chromium, with JavaScript on", () => {
  test.each(locales)(
    "the %s story, scrolled through, asks only for paths under /atlas/, each of which is there",
    async (locale) => {
      const context = await browser().newContext();
      try {
        const page = await context.newPage();
        const problems = watchRequests(page, server!.origin, published.base);
        const fragments: string[] = [];
        page.on("request", (request) => {
          if (request.url().endsWith(".json")) fragments.push(new URL(request.url()).pathname);
        });
        await openPage(page, `${server!.origin}/atlas/${localePrefix(locale).slice(1)}`);
        await scrollThrough(page);
        expect(problems).toEqual([]);
        // The chapters' chart code fetched its figures from the edition's own folder: the paths
        // it computes at run time were exercised, not only the ones the HTML spells out.
        const expected = await page.evaluate(() =>
          [...document.querySelectorAll("[data-figures]")].map((element) => element.getAttribute("data-figures")),
        );
        expect(expected.length).toBeGreaterThan(0);
        expect(new Set(fragments)).toEqual(new Set(expected));
        for (const path of fragments)
          expect(path).toMatch(new RegExp(`^/atlas/${localePrefix(locale).slice(1)}figures/`));
      } finally {
        await context.close();
      }
    },
  );

  test.each(locales)("the %s events, updates and an embed page ask only for paths under /atlas/", async (locale) => {
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      const problems = watchRequests(page, server!.origin, published.base);
      const edition = `${server!.origin}/atlas/${localePrefix(locale).slice(1)}`;
      for (const path of ["events/", "updates/", "embed/timeline/"]) await openPage(page, `${edition}${path}`);
      // The events filter writes its state into the address; a click must keep the base path.
      await page.goto(`${edition}events/`, { waitUntil: "load" });
      await page.locator("form[data-event-filter] input[type=checkbox]").first().click();
      await expect.poll(() => new URL(page.url()).search).not.toBe("");
      expect(new URL(page.url()).pathname).toBe(`/atlas/${localePrefix(locale).slice(1)}events/`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("the crawl and the request watch find what breaks under a base path", () => {
  // A small site with one of each break: a path from the host's root in an image, a data
  // attribute, a stylesheet, embed code, a script and a JSON file; an address that does not
  // parse; a missing page and script; a fragment no element has; a relative link in a file opened
  // from disk; a _headers rule for the whole host.
  const fixture: Record<string, string> = {
    "index.html": `<!doctype html><html><head><style>@font-face{src:url(/_astro/f.woff2)}</style></head><body>
      <a id="top" href="ok/">fine</a><a href="#top">fine</a><a href="ok/#here">fine</a>
      <img src="/figures/a.svg"><div data-figures="/figures/x.json"></div>
      <a href="https://[mirror.example/atlas/">a typo</a><a href="/atlas/missing/">missing</a><a href="/atlas/ok/#nowhere">no such fragment</a>
      <textarea>&lt;script src=&quot;https://mirror.example/embed.js&quot;&gt;&lt;/script&gt;</textarea>
      <a href="https://elsewhere.example/">another host, not ours to check</a></body></html>`,
    "ok/index.html": `<!doctype html><p id="here">here</p>`,
    "data/version.json": `{"files": [{"url": "/data/x.csv"}]}`,
    "app.js": `fetch("/figures/");import("./missing.js");import("./app.js")`,
    "offline/en.html": `<!doctype html><p id="story"><a href="../index.html">up</a><a href="#story">here</a>`,
    _headers: "/*\n  X-Content-Type-Options: nosniff\n",
  };
  let fixtureDir = "";
  let fixtureServer: Awaited<ReturnType<typeof serveUnderBase>> | undefined;
  beforeAll(async () => {
    fixtureDir = mkdtempSync(join(work, "fixture-"));
    for (const [file, text] of Object.entries(fixture)) {
      mkdirSync(dirname(join(fixtureDir, file)), { recursive: true });
      writeFileSync(join(fixtureDir, file), text);
    }
    fixtureServer = await serveUnderBase(fixtureDir, published.base);
  });
  afterAll(() => fixtureServer?.close());

  test("the crawl reports each break, with its file and why", async () => {
    const found = await brokenReferences(crawlSite(fixtureDir, published, isOffline), {
      base: published.base,
      origin: fixtureServer!.origin,
    });
    const outside = "is outside the base path /atlas/";
    expect(found.map(({ file, value, problem }) => `${file} ${value}: ${problem}`).sort()).toEqual(
      [
        `_headers /: ${outside}`,
        `app.js ./missing.js: answers 404`,
        `app.js /figures/: ${outside}`,
        `data/version.json /data/x.csv: ${outside}`,
        `index.html /_astro/f.woff2: ${outside}`,
        `index.html /atlas/missing/: answers 404`,
        "index.html https://[mirror.example/atlas/: is not an address",
        "index.html /atlas/ok/#nowhere: names #nowhere, which is not in /atlas/ok/",
        `index.html /figures/a.svg: ${outside}`,
        `index.html /figures/x.json: ${outside}`,
        `index.html https://mirror.example/embed.js: ${outside}`,
        "offline/en.html ../index.html: resolves to a file on disk, not to the site",
      ].sort(),
    );
  });

  test("the server answers 404 outside the base path, and the request watch reports what a script asks for there", async () => {
    expect((await fetch(`${fixtureServer!.origin}/index.html`)).status).toBe(404);
    expect((await fetch(`${fixtureServer!.origin}/atlas/index.html`)).status).toBe(200);
    writeFileSync(
      join(fixtureDir, "run.html"),
      `<!doctype html><img src="/atlas/none.png"><script>fetch("/figures/x.json")</script>`,
    );
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      const problems = watchRequests(page, fixtureServer!.origin, published.base);
      await page.goto(`${fixtureServer!.origin}/atlas/run.html`, { waitUntil: "load" });
      await expect.poll(() => problems.length).toBeGreaterThanOrEqual(3);
      expect(problems.join("\n")).toContain(`${fixtureServer!.origin}/figures/x.json: outside`);
      expect(problems.join("\n")).toContain(`${fixtureServer!.origin}/atlas/none.png: answered 404`);
    } finally {
      await context.close();
    }
  });
});
