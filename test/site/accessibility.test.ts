import { relative } from "node:path";
import { describe, expect, inject, test } from "vitest";
import { walk } from "../../scripts/lib/thirdParty.ts";
import { pagePath } from "../../src/integrations/securityHeaders.ts";
import { axeViolations } from "../helpers/axe.ts";
import { scrollThrough, useBuiltSiteInChromium, VIEWPORTS } from "../helpers/builtSiteInChromium.ts";

const siteDir = inject("siteDir");
/** Every page the build wrote, so a page another engineer adds is checked without listing it here. */
const pages = walk(siteDir)
  .filter((file) => file.endsWith(".html"))
  .map((file) => pagePath(relative(siteDir, file)));
const site = useBuiltSiteInChromium();
const schemes = ["light", "dark"] as const;

/**
 * Opens a page with JavaScript on, in a colour scheme, scrolled through once so that every figure
 * is inline, with every <details> open so axe sees inside.
 */
async function open(path: string, colorScheme: "light" | "dark", viewport = VIEWPORTS.phone) {
  const context = await site.browser().newContext({ colorScheme, viewport, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${site.origin()}${path}`, { waitUntil: "networkidle" });
  await scrollThrough(page);
  await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
  return { page, close: () => context.close() };
}

const background = (page: Awaited<ReturnType<typeof open>>["page"]) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe.each(pages)("the page %s", (path) => {
  // Embed pages are also checked by embedHost.test.ts at a desktop width in four theme setups
  // (system light and dark, and each forced by the host), so here they need only the phone.
  const viewports = Object.entries(VIEWPORTS).filter(([name]) => !path.startsWith("/embed/") || name === "phone");
  describe.each(schemes)("in the %s colour scheme", (scheme) => {
    test.each(viewports)("has no accessibility violations on a %s (axe-core)", async (_name, viewport) => {
      const { page, close } = await open(path, scheme, viewport);
      await expect(axeViolations(page)).resolves.toEqual([]);
      await close();
    });
  });

  test("follows the reader's colour scheme, unless data-theme on <html> forces one", async () => {
    const light = await open(path, "light");
    const dark = await open(path, "dark");
    const [lightBackground, darkBackground] = [await background(light.page), await background(dark.page)];
    expect(lightBackground).not.toBe(darkBackground);
    await light.page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
    await dark.page.evaluate(() => document.documentElement.setAttribute("data-theme", "light"));
    await expect(background(light.page)).resolves.toBe(darkBackground);
    await expect(background(dark.page)).resolves.toBe(lightBackground);
    await light.close();
    await dark.close();
  });

  test("declares its language", async () => {
    const { page, close } = await open(path, "light");
    await expect(page.getAttribute("html", "lang")).resolves.toMatch(/^[a-z]{2}(-|$)/);
    await close();
  });

  // An embed is a chart framed inside another site's page, which has its own landmarks and skip
  // link, so embed pages carry no site chrome; every other page must.
  test.skipIf(path.startsWith("/embed/"))(
    "has banner, main and contentinfo landmarks, and a skip link to main with a visible focus",
    async () => {
      const { page, close } = await open(path, "light");
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
      await close();
    },
  );
});
