import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, test } from "vitest";
import { readStoryData } from "../../src/lib/data/storyData.ts";
import { defaultLocale, editionOf, localePrefix, locales, type Locale } from "../../src/lib/i18n/locales.ts";
import { builtPages } from "../helpers/pages.ts";

/**
 * The page that says which Belarusian spelling the site uses (/spelling/ in every edition), the
 * links that lead to it, and the names the Belarusian and Russian editions give people: the
 * spellings of data/people.csv, never the English ones.
 */
const siteDir = inject("siteDir");
const documentAt = (path: string) =>
  parseHTML(readFileSync(join(siteDir, path.replace(/^\//, ""), "index.html"), "utf8")).document;
const spellingPath = (locale: Locale) => `${localePrefix(locale)}spelling/`;
const others = locales.filter((locale) => locale !== defaultLocale);

describe.each(locales)("the spelling page of the %s edition", (locale) => {
  const page = documentAt(spellingPath(locale));

  test("is built, in its edition's language, with its copy and no script", () => {
    expect(builtPages(siteDir)).toContain(spellingPath(locale));
    expect(page.documentElement.getAttribute("lang")).toBe(locale);
    const copy = readFileSync(`src/content/pages/${locale}/spelling.md`, "utf8");
    const title = /^title: (.+)$/m.exec(copy)![1]!;
    expect(page.querySelector("main h1")?.textContent).toBe(title);
    expect(page.querySelector("title")?.textContent).toContain(title);
    expect(page.querySelector("main")?.textContent).toContain("2008");
    // It reads completely without JavaScript, and loads none.
    expect(page.querySelectorAll("script")).toHaveLength(0);
    expect(page.querySelector('meta[http-equiv="content-security-policy"]')).not.toBeNull();
  });

  test("links to itself in the other editions, in the language switcher and as hreflang alternates", () => {
    const switcher = [...page.querySelectorAll("nav.languages a")].map((a) => a.getAttribute("href"));
    expect(switcher).toEqual(locales.map(spellingPath));
    const alternates = [...page.querySelectorAll('link[rel="alternate"][hreflang]')]
      .filter((link) => link.getAttribute("hreflang") !== "x-default")
      .map((link) => new URL(link.getAttribute("href")!).pathname);
    expect(alternates).toEqual(locales.map(spellingPath));
  });

  test("leads back to its edition's story", () => {
    const back = page.querySelector("main a[href='../']");
    expect(back).not.toBeNull();
    expect(new URL("../", `https://site.example${spellingPath(locale)}`).pathname).toBe(localePrefix(locale));
  });
});

describe.each(locales)("links to the spelling page in the %s edition", (locale) => {
  const pages = builtPages(siteDir).filter(
    (path) => editionOf(path) === locale && !path.includes("/embed/") && !path.startsWith("/offline/"),
  );

  test("every page's footer links to its edition's spelling page", () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const path of pages) {
      const link = documentAt(path).querySelector("footer.site .spelling-link a");
      expect(link?.getAttribute("href"), path).toBe(spellingPath(locale));
      expect(link?.textContent?.trim(), path).toBeTruthy();
    }
  });

  test("the methods chapter links to it, by a link that resolves to the edition's page", () => {
    const story = documentAt(localePrefix(locale));
    const methods = story.querySelector("#methods") ?? story.querySelector("section.chapter:last-of-type");
    const links = [...methods!.querySelectorAll("a[href]")].map(
      (a) => new URL(a.getAttribute("href")!, `https://site.example${localePrefix(locale)}`).pathname,
    );
    expect(links).toContain(spellingPath(locale));
  });
});

describe.each(others)("people named in the %s edition", (locale) => {
  const data = readStoryData("data", { today: "2099-01-01" });
  const spelling = new Map(data.people.map((person) => [person.name_en, person[`name_${locale}`]]));
  const named = [...new Set(data.timeline.flatMap((event) => event.people))];
  const events = documentAt(`${localePrefix(locale)}events/`);

  test("the events page offers every person of the timeline by their spelling in this edition", () => {
    const options = [...events.querySelectorAll('select[name="person"] option')]
      .map((option) => option.getAttribute("value"))
      .filter(Boolean);
    expect(named.length).toBeGreaterThan(20);
    expect(new Set(options)).toEqual(new Set(named.map((name) => spelling.get(name))));
    for (const option of events.querySelectorAll('select[name="person"] option[value]:not([value=""])'))
      expect(option.textContent).toBe(option.getAttribute("value"));
  });

  test("the events page, the timeline's embed and its download carry no person's English name", () => {
    for (const path of ["events/", "embed/timeline/"].map((page) => `${localePrefix(locale)}${page}`)) {
      const html = readFileSync(join(siteDir, path.replace(/^\//, ""), "index.html"), "utf8");
      for (const name of named) expect(html, `${path}: ${name}`).not.toContain(name);
    }
    const csv = readFileSync(join(siteDir, localePrefix(locale).slice(1), "embed", "timeline", "data.csv"), "utf8");
    for (const name of named) expect(csv, name).not.toContain(name);
    expect(csv).toContain(spelling.get("Ales Bialiatski"));
  });
});
