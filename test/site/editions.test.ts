import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { describe, expect, inject, test } from "vitest";
import { defaultLocale, localePrefix, locales, type Locale } from "../../src/lib/i18n/locales.ts";
import { englishEmbeds } from "../helpers/embeds.ts";

/**
 * Parity of the Belarusian and Russian editions with English (issue 14): the same chapters, steps,
 * figures, sources, tables, downloads and embeds, and the same numbers, written as each language
 * writes them. Words differ by design; what they say about the data may not.
 */
const siteDir = inject("siteDir");
const folder = (locale: Locale) => join(siteDir, localePrefix(locale));
const read = (locale: Locale, page: string) => readFileSync(join(folder(locale), page), "utf8");
const documentOf = (locale: Locale, page: string) => parseHTML(read(locale, page)).document;
const others = locales.filter((locale) => locale !== defaultLocale);

/**
 * Every number a reader sees in a page's main text (charts' SVGs, scripts and the embed code's
 * markup left out), normalised from the edition's writing ("1,206" or "1 206"; "80.10" or
 * "80,10") to digits and a full stop, with how many times each appears.
 */
export function numbersShown(html: string, locale: Locale): Map<string, number> {
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  const text = main
    .replace(/<(script|style|svg|pre)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
  const pattern = locale === "en" ? /\d(?:[\d,]*\d)?(?:\.\d+)?/g : /\d(?:[\d\u00a0\u202f]*\d)?(?:[,.]\d+)?/g;
  const found = new Map<string, number>();
  for (const [raw] of text.matchAll(pattern)) {
    const value = locale === "en" ? raw.replace(/,/g, "") : raw.replace(/[\u00a0\u202f]/g, "").replace(",", ".");
    found.set(value, (found.get(value) ?? 0) + 1);
  }
  return found;
}

/** What a story page is made of, as lists that must be equal in every edition. */
function structure(document: Document) {
  const all = (selector: string, read: (element: Element) => string) =>
    [...document.querySelectorAll(selector)].map(read);
  return {
    chapters: all("section.chapter", (section) => section.id),
    steps: all("li.step", (step) => step.id),
    figures: all("figure", (figure) => figure.className),
    // Tables sort by country name, which differs per language, so sources compare as sets.
    sources: all("main a[rel~=external]", (link) => link.getAttribute("href") ?? "").sort(),
    tables: all("table", (table) => table.closest("[id]")?.id ?? ""),
    tableRows: all("table tbody tr", () => "row").length,
    // Each edition offers its own offline file (/offline/<locale>.html); the rest are shared.
    downloads: all("a[download]", (link) =>
      (link.getAttribute("href") ?? "").replace(/^\/offline\/[a-z]+\.html$/, "/offline/<edition>.html"),
    ).sort(),
    data: all("data", (value) => value.getAttribute("value") ?? ""),
    times: all("time", (time) => time.getAttribute("datetime") ?? ""),
    embeds: all(".embed-this a", (link) => (link.getAttribute("href") ?? "").replace(/^\/(be|ru)\//, "/")),
  };
}

describe.each(others)("the %s edition", (locale) => {
  test("declares its language on every page it has", () => {
    for (const page of ["index.html", "events/index.html", "embed/timeline/index.html"])
      expect(documentOf(locale, page).documentElement.getAttribute("lang"), page).toBe(locale);
  });

  test("has the story's chapters, steps, figures, sources, tables, downloads and embeds, as English has", () => {
    const english = structure(documentOf(defaultLocale, "index.html"));
    const edition = structure(documentOf(locale, "index.html"));
    expect(english.chapters.length).toBeGreaterThan(3);
    expect(edition).toEqual(english);
  });

  test("shows every number English shows, as often, and no other, in the story and on the events page", () => {
    for (const page of ["index.html", "events/index.html"]) {
      const english = numbersShown(read(defaultLocale, page), defaultLocale);
      expect(english.size).toBeGreaterThan(20);
      expect(Object.fromEntries(numbersShown(read(locale, page), locale)), page).toEqual(Object.fromEntries(english));
    }
  });

  test("writes thousands with a no-break space and day dates with the genitive month", () => {
    const story = read(locale, "index.html");
    expect(story).toMatch(/>\d{1,3}\u00a0\d{3}</);
    expect(story).not.toMatch(/>\d{1,3},\d{3}</);
    expect(story).not.toContain("г..");
    const august = locale === "be" ? "жніўня" : "августа";
    expect(read(locale, "events/index.html")).toContain(`>9 ${august} 2020 г.</time>`);
  });

  test("has every embed English has under /<edition>/embed/, each with its files, snippet and oEmbed in that edition", () => {
    for (const { id } of englishEmbeds()) {
      const dir = join(folder(locale), "embed", id);
      for (const file of ["index.html", "data.csv", "chart.svg", "chart.png", "share.png", "oembed.json"])
        expect(existsSync(join(dir, file)), `${locale}/embed/${id}/${file}`).toBe(true);
      const oembed = JSON.parse(readFileSync(join(dir, "oembed.json"), "utf8")) as {
        html: string;
        thumbnail_url: string;
      };
      expect(oembed.html).toContain(`/${locale}/embed/${id}/"`);
      expect(new URL(oembed.thumbnail_url).pathname).toBe(`/${locale}/embed/${id}/share.png`);
    }
    const page = documentOf(locale, "embed/timeline/index.html");
    expect(page.querySelector(".embed-links a[target]")?.getAttribute("href")).toMatch(new RegExp(`^/${locale}/#`));
  });

  test("puts no English data words in its pages: titles, events and countries are in its language", () => {
    const english = documentOf(defaultLocale, "events/index.html");
    const titles = [...english.querySelectorAll("li.event summary")].map((summary) => summary.textContent ?? "");
    const events = documentOf(locale, "events/index.html").querySelector("main")!.textContent ?? "";
    expect(titles.length).toBeGreaterThan(10);
    for (const title of titles) expect(events).not.toContain(title);
    // The map's tables head each row with a country or a city, named in the edition's language.
    const rowHeads = (document: Document) =>
      [...document.querySelectorAll("#exile-map-data th[scope=row]")].map((cell) => cell.textContent?.trim() ?? "");
    const englishHeads = new Set(rowHeads(documentOf(defaultLocale, "index.html")));
    const editionHeads = rowHeads(documentOf(locale, "index.html"));
    expect(englishHeads.size).toBeGreaterThan(5);
    expect(editionHeads.filter((head) => englishHeads.has(head))).toEqual([]);
  });
});

test("reports the story page's size per edition, gzipped", () => {
  const sizes = Object.fromEntries(locales.map((locale) => [locale, gzipSync(read(locale, "index.html")).byteLength]));
  process.stdout.write(`story page, gzip bytes: ${JSON.stringify(sizes)}\n`);
  // Cyrillic takes two bytes a letter in UTF-8; each edition stays within 1.6 × English.
  for (const locale of others) expect(sizes[locale]!).toBeLessThan(sizes[defaultLocale]! * 1.6);
});
