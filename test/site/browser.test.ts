import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { offOrigin, recordRequests } from "../../scripts/lib/thirdParty.ts";
import { openPage, useBuiltSiteInChromium, VIEWPORTS } from "../helpers/builtSiteInChromium.ts";

const site = useBuiltSiteInChromium();

/** Opens the story and records console errors and every request the page makes. */
async function open(options: {
  javaScriptEnabled: boolean;
  viewport: { width: number; height: number };
  bypassCSP?: boolean;
}) {
  const context = await site.browser().newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests = await recordRequests(page, site.origin());
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await openPage(page, `${site.origin()}/`);
  return { page, errors, requests, close: () => context.close() };
}

/**
 * The first step's chart as the reader sees it at this width: its image without JavaScript, or,
 * with it, whatever the active figure shows (the image until the chart code puts the SVG inline).
 */
const visibleChart = (page: Page) =>
  page
    .locator(
      "#political-prisoners-rise picture img:visible, #political-prisoners-steps .scrolly-stage .step-figure[data-active] :is(picture img, svg):visible",
    )
    .first();

describe.each(Object.entries(VIEWPORTS))("the story page in Chromium on a %s", (_name, viewport) => {
  test("loads with no console errors and no request leaving 127.0.0.1", async () => {
    const { page, errors, requests, close } = await open({ javaScriptEnabled: true, viewport });
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(offOrigin(requests, site.origin())).toEqual([]);
    // Near its chapter, the chart code puts the figure's SVG inline in place of its image.
    await page.locator("#political-prisoners-steps").scrollIntoViewIfNeeded();
    await page.locator("#political-prisoners-steps .step-figure[data-active] svg.plot-chart:visible").waitFor();
    expect(offOrigin(requests, site.origin())).toEqual([]);
    expect(errors).toEqual([]);
    await expect(visibleChart(page).count()).resolves.toBe(1);
    // The rendering shown fills the text column without overflowing it or the screen.
    const chart = await visibleChart(page).boundingBox();
    const column = await page.locator("main").evaluate((main) => main.clientWidth - 32);
    expect(chart!.width).toBeGreaterThan(column * 0.9);
    expect(chart!.width).toBeLessThanOrEqual(Math.min(column, viewport.width) + 1);
    await close();
  });

  test("shows the chart, its source line and its data table with JavaScript off", async () => {
    const { page, close } = await open({ javaScriptEnabled: false, viewport });
    await expect(visibleChart(page).count()).resolves.toBe(1);
    await expect(page.locator("#political-prisoners .source-line").isVisible()).resolves.toBe(true);
    await page.locator("#political-prisoners-data summary").click();
    await expect(page.locator("#political-prisoners-data tbody tr").first().isVisible()).resolves.toBe(true);
    await close();
  });

  test("refuses to run an injected inline script (the CSP is enforced)", async () => {
    const { page, errors, close } = await open({ javaScriptEnabled: true, viewport });
    await page.addScriptTag({ content: "window.injected = true;" }).catch(() => undefined);
    await expect(page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).resolves.toBeUndefined();
    expect(errors.join("\n")).toMatch(/Content Security Policy/);
    await close();
  });
});
