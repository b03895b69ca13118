import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";
import type { BrowserContext } from "playwright-core";
import { afterAll, describe, expect, inject, test } from "vitest";
import { OFFLINE_MAX_BYTES, offlineFile } from "../../scripts/lib/offlineEdition.ts";
import { findExternalLoads } from "../../scripts/lib/thirdParty.ts";
import { localePrefix, locales } from "../../src/lib/i18n/locales.ts";
import { fingerprint, SIGNING_KEY_FILE } from "../../src/lib/security/signingKey.ts";
import { useChromium, VIEWPORTS } from "../helpers/builtSiteInChromium.ts";

const siteDir = inject("siteDir");
const browser = useChromium();
const work = mkdtempSync(join(tmpdir(), "exile-offline-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every edition the build has a story page for, with its offline file. */
const editions = locales
  .filter((locale) => existsSync(join(siteDir, localePrefix(locale), "index.html")))
  .map((locale) => ({
    locale,
    page: join(siteDir, localePrefix(locale), "index.html"),
    file: join(siteDir, offlineFile(locale)),
  }));

/**
 * Opens a file from disk as a reader does, with JavaScript off and every request refused and
 * recorded, except the file itself. Resolves to the requests the page made.
 */
async function openFromDisk(context: BrowserContext, file: string): Promise<{ requests: string[] }> {
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  await context.route("**", (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    requests.push(requested);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  return { requests };
}

test("the build writes an offline file for every edition it built", () => {
  expect(editions.map(({ locale }) => locale)).toContain("en");
  for (const { file } of editions) expect(existsSync(file), file).toBe(true);
});

describe.each(editions)("the $locale offline edition", ({ file, page }) => {
  const html = readFileSync(file, "utf8");
  const { document } = parseHTML(html);
  const online = parseHTML(readFileSync(page, "utf8")).document;
  const steps = online.querySelectorAll("li.step").length;

  test("is one file of at most 2 MB, with no script, under a policy that lets it load nothing", () => {
    expect(statSync(file).size).toBeLessThanOrEqual(OFFLINE_MAX_BYTES);
    expect(document.querySelectorAll("script")).toHaveLength(0);
    const policies = [...document.querySelectorAll('meta[http-equiv="content-security-policy"]')];
    expect(policies).toHaveLength(1);
    const policy = policies[0]!.getAttribute("content")!;
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).toContain("img-src data:");
    expect(policy).not.toContain("unsafe");
    expect(policy).not.toContain("'self'");
  });

  test("has the page's whole story: every step, caption, table and source link", () => {
    expect(steps).toBeGreaterThan(0);
    expect(document.querySelectorAll("li.step")).toHaveLength(steps);
    expect(document.querySelectorAll("[data-offline-figure]")).toHaveLength(steps);
    expect(document.querySelectorAll("picture")).toHaveLength(0);
    expect(document.querySelectorAll("figcaption")).toHaveLength(online.querySelectorAll("figcaption").length);
    expect(document.querySelectorAll("table")).toHaveLength(online.querySelectorAll("table").length);
    const sources = (doc: Document) =>
      [...doc.querySelectorAll("main a[href^='http']")].map((link) => link.getAttribute("href"));
    expect(sources(document)).toEqual(expect.arrayContaining(sources(online)));
    // The site's own links go to its online address: nothing in the file is a path on disk.
    for (const link of document.querySelectorAll("a[href]"))
      expect(link.getAttribute("href"), link.outerHTML).toMatch(/^(#|https?:)/);
  });

  test("passes the third-party scan of a built site", () => {
    const dir = mkdtempSync(join(work, "scan-"));
    writeFileSync(join(dir, "offline.html"), html);
    expect(findExternalLoads(dir)).toEqual([]);
  });

  test.each(Object.entries(VIEWPORTS))(
    "opened from disk on a %s screen with JavaScript off, shows every step's figure and makes no request",
    async (_name, viewport) => {
      const context = await browser().newContext({ javaScriptEnabled: false, viewport });
      try {
        const { requests } = await openFromDisk(context, file);
        const [tab] = context.pages();
        // One SVG per step is shown (the page's breakpoint picks the narrow or the wide drawing),
        // each with its chart's accessible name and a size on the screen.
        const shown = await tab!.evaluate(() =>
          [...document.querySelectorAll("[data-offline-figure]")].map(
            (holder) =>
              [...holder.querySelectorAll(":scope > div > svg")].filter((svg) => {
                const box = svg.getBoundingClientRect();
                return box.width > 100 && box.height > 100 && svg.getAttribute("aria-label");
              }).length,
          ),
        );
        expect(shown).toEqual(Array.from({ length: steps }, () => 1));
        expect(requests).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  test("prints in the light theme's colours, even from a dark screen, with its data tables open", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, colorScheme: "dark" });
    try {
      await openFromDisk(context, file);
      const [tab] = context.pages();
      const colour = () => tab!.evaluate(() => getComputedStyle(document.querySelector("main p")!).color);
      const dark = await colour();
      await tab!.emulateMedia({ colorScheme: "light" });
      const light = await colour();
      // A closed disclosure's rows are laid out for measuring but not shown: checkVisibility tells.
      const rowsShown = () =>
        tab!.evaluate(() => [...document.querySelectorAll("details tr")].filter((row) => row.checkVisibility()).length);
      expect(await rowsShown()).toBe(0);
      await tab!.emulateMedia({ media: "print", colorScheme: "dark" });
      expect(light).not.toBe(dark);
      expect(await colour()).toBe(light);
      const rows = online.querySelectorAll("details tr").length;
      expect(rows).toBeGreaterThan(0);
      expect(await rowsShown()).toBe(rows);
    } finally {
      await context.close();
    }
  });

  test("still loads nothing when someone edits an image and a stylesheet into it", async () => {
    const edit = (text: string) =>
      text.replace(
        "</body>",
        '<img src="https://tracker.example/pixel.png" alt=""><link rel="stylesheet" href="https://tracker.example/a.css"></body>',
      );
    const edited = join(work, "edited.html");
    writeFileSync(edited, edit(html));
    // The same edit without the file's policy does make requests, so the check can fail.
    const unprotected = join(work, "unprotected.html");
    writeFileSync(unprotected, edit(html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, "")));
    const requestsOf = async (path: string) => {
      const context = await browser().newContext({ javaScriptEnabled: false });
      try {
        return (await openFromDisk(context, path)).requests;
      } finally {
        await context.close();
      }
    };
    expect(await requestsOf(edited), edited).toEqual([]);
    // Both addresses, whatever else: in one run on a loaded machine Chromium made a third request
    // (which one was not recorded), so the count is not compared.
    expect(await requestsOf(unprotected), unprotected).toEqual(
      expect.arrayContaining(["https://tracker.example/a.css", "https://tracker.example/pixel.png"]),
    );
  });
});

describe("the methods chapter", () => {
  const { document } = parseHTML(readFileSync(join(siteDir, "index.html"), "utf8"));
  const methods = document.querySelector("#read-offline")?.closest("section");

  test("offers the offline file, with the warning for readers in Belarus", () => {
    const link = methods?.querySelector('a[href$="offline/en.html"]');
    expect(link?.hasAttribute("download")).toBe(true);
    expect(existsSync(join(siteDir, "offline", "en.html"))).toBe(true);
    expect(methods?.querySelector(".read-offline-warning")?.textContent).toMatch(/Belarus/);
  });

  test("shows the publishing key's fingerprint exactly when the repository holds the key", () => {
    const shown = methods?.querySelector("[data-signing-fingerprint] code")?.textContent;
    if (existsSync(SIGNING_KEY_FILE)) expect(shown).toBe(fingerprint(readFileSync(SIGNING_KEY_FILE, "utf8")));
    else expect(shown).toBeUndefined();
    expect(methods?.querySelector('a[href$="SHA256SUMS"]')).toBeTruthy();
  });
});
