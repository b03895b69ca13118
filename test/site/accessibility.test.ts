import { afterAll, describe, expect, inject, test } from "vitest";
import { axeViolations } from "../helpers/axe.ts";
import { openPage, scrollThrough, useBuiltSiteInChromium, VIEWPORTS } from "../helpers/builtSiteInChromium.ts";
import { editionOf, pathInEdition } from "../../src/lib/i18n/locales.ts";
import { builtPages, isOfflineEdition, pageTemplates } from "../helpers/pages.ts";

const siteDir = inject("siteDir");
/**
 * One page of each template (helpers/pages.ts): the story, the events page, the 404 page and one
 * embed page per chart. The 33 embed pages share one template, so checking each with axe in
 * every theme repeated the same markup; each chart's markup is still checked, and every page's
 * language and policy are read from its HTML in headers.test.ts.
 */
const pages = pageTemplates(siteDir);
const site = useBuiltSiteInChromium();
const schemes = ["light", "dark"] as const;

/** Whether a page is an embed page, in any edition ("/embed/…", "/be/embed/…"). */
const isEmbed = (path: string) => pathInEdition(path).startsWith("/embed/");

test("checks one page of every template in every edition, and English embeds of every chart", () => {
  const all = builtPages(siteDir);
  expect(pages.filter((path) => !isEmbed(path))).toEqual(
    all.filter((path) => !isEmbed(path) && !isOfflineEdition(path)),
  );
  expect(pages.filter((path) => path.startsWith("/embed/")).length).toBeGreaterThanOrEqual(4);
  for (const edition of ["/be/", "/ru/"]) {
    expect(pages).toContain(edition);
    expect(pages.filter((path) => path.startsWith(`${edition}embed/`))).toHaveLength(1);
  }
});

/** Opens a page with JavaScript on, in a colour scheme. */
async function open(path: string, colorScheme: "light" | "dark", viewport = VIEWPORTS.phone) {
  const context = await site.browser().newContext({ colorScheme, viewport, bypassCSP: true });
  const page = await context.newPage();
  await openPage(page, `${site.origin()}${path}`);
  return { page, close: () => context.close() };
}

const background = (page: Awaited<ReturnType<typeof open>>["page"]) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe.each(pages)("the page %s", (path) => {
  // Embed pages are also checked by embedHost.test.ts at a desktop width in four theme setups
  // (system light and dark, and each forced by the host), so here they need only the phone.
  // The Belarusian and Russian pages share English's templates and stylesheets, which are checked
  // at both widths; what differs is their words, so they are checked at the phone width, where
  // longer Cyrillic words are likeliest to break the layout.
  const viewports = Object.entries(VIEWPORTS).filter(
    ([name]) => name === "phone" || (!isEmbed(path) && editionOf(path) === "en"),
  );
  // The scheme a page opens in differs between its checks (English pages open light on a phone
  // and dark on a desktop; Belarusian and Russian pages, checked on a phone only, open dark; embed
  // pages also open in each scheme in embedHost.test.ts), so a page that only looks right in the
  // scheme it was opened in is still caught.
  const opensDark = (name: string) => name === "desktop" || (!isEmbed(path) && editionOf(path) !== "en");

  // The phone's axe check, the language and colour-scheme check and the landmark check read one
  // page, opened once for all three: opening and scrolling a page was most of each check's time.
  let shared: Awaited<ReturnType<typeof open>> | undefined;
  const sharedPage = async () => (shared ??= await open(path, opensDark("phone") ? "dark" : "light")).page;
  afterAll(() => shared?.close());

  // Each page is scrolled through once per width, and checked in both colour schemes: the
  // reader's scheme is switched in place (as when a phone turns dark at sunset), which the page
  // must follow anyway. The second scheme runs only the rules that read colours (axe.ts).
  test.each(viewports)(
    "has no accessibility violations on a %s, in the light and the dark colour scheme (axe-core)",
    async (name, viewport) => {
      const order = opensDark(name) ? (["dark", "light"] as const) : schemes;
      const own = name === "phone" ? undefined : await open(path, order[0], viewport);
      const page = own?.page ?? (await sharedPage());
      // Scrolled through once so that every figure is inline, with every <details> open so axe sees inside.
      await scrollThrough(page);
      await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
      await expect(axeViolations(page), order[0]).resolves.toEqual([]);
      await page.emulateMedia({ colorScheme: order[1] });
      await expect(axeViolations(page, { only: "colour" }), order[1]).resolves.toEqual([]);
      await own?.close();
    },
  );

  test("declares its language, and follows the reader's colour scheme unless data-theme on <html> forces one", async () => {
    const page = await sharedPage();
    await expect(page.getAttribute("html", "lang")).resolves.toMatch(/^[a-z]{2}(-|$)/);
    // The axe check above left the page in one scheme or the other.
    await page.emulateMedia({ colorScheme: "light" });
    const lightBackground = await background(page);
    await page.emulateMedia({ colorScheme: "dark" });
    const darkBackground = await background(page);
    expect(lightBackground).not.toBe(darkBackground);
    try {
      // Forced against the reader's scheme each way: data-theme wins over prefers-color-scheme.
      await page.evaluate(() => document.documentElement.setAttribute("data-theme", "light"));
      await expect(background(page)).resolves.toBe(lightBackground);
      await page.emulateMedia({ colorScheme: "light" });
      await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
      await expect(background(page)).resolves.toBe(darkBackground);
    } finally {
      await page.evaluate(() => document.documentElement.removeAttribute("data-theme"));
      await page.emulateMedia({ colorScheme: "light" });
    }
  });

  // An embed is a chart framed inside another site's page, which has its own landmarks and skip
  // link, so embed pages carry no site chrome; every other page must.
  test.skipIf(isEmbed(path))(
    "has banner, main and contentinfo landmarks, and a skip link to main with a visible focus",
    async () => {
      const page = await sharedPage();
      for (const role of ["banner", "main", "contentinfo"] as const) {
        await expect(page.getByRole(role).count(), role).resolves.toBe(1);
      }
      await page.keyboard.press("Tab");
      const skip = page.locator(":focus");
      await expect(skip.getAttribute("class")).resolves.toContain("skip-link");
      await expect(skip.isVisible()).resolves.toBe(true);
      const target = (await skip.getAttribute("href"))!;
      await expect(page.locator(`main${target}`).count()).resolves.toBe(1);
      const outline = await skip.evaluate((link) => {
        const style = getComputedStyle(link);
        return { outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth };
      });
      expect(outline.outlineStyle).not.toBe("none");
      expect(parseFloat(outline.outlineWidth)).toBeGreaterThanOrEqual(2);
    },
  );
});
