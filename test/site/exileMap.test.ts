import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openPage, useBuiltSiteInChromium, VIEWPORTS } from "../helpers/builtSiteInChromium.ts";
import { readChapters } from "../helpers/chapters.ts";

const SECTION = "#exile-map-steps";
const steps = readChapters("en")
  .find((chapter) => chapter.slug === "exile-map")!
  .steps.map((step) => `exile-map-${step.id}`);
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const site = useBuiltSiteInChromium();

async function open(options: BrowserContextOptions) {
  const context = await site.browser().newContext(options);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await openPage(page, `${site.origin()}/`);
  return { page, requests, close: () => context.close() };
}

/** Brings a step's top to the middle of the screen, as a reader scrolling would. */
const scrollTo = (page: Page, id: string) =>
  page.$eval(`#${id}`, (step) => window.scrollBy(0, step.getBoundingClientRect().top - window.innerHeight * 0.5));

/**
 * Waits until the step is active and the map the reader sees rests at that step's own view: the
 * visible inner SVG's viewBox equals the view the build gave the step's figure.
 */
async function expectViewOf(page: Page, id: string): Promise<string> {
  await page.waitForFunction(
    ([section, step]) => {
      if ((document.querySelector(section) as HTMLElement).dataset.activeStep !== step) return false;
      const views = [...document.querySelectorAll<SVGSVGElement>(`${section} .step-figure[data-active] svg.map-view`)];
      // The one rendering CSS shows (phone or desktop); an SVG's own box would measure its contents.
      const seen = views.filter((view) => view.parentElement!.closest("div")!.getBoundingClientRect().width > 0);
      return seen.length === 1 && seen[0]!.getAttribute("viewBox") === seen[0]!.dataset.view;
    },
    [SECTION, id] as const,
    { timeout: 5000 },
  );
  return page.$eval(
    `${SECTION} .step-figure[aria-labelledby="${id}-caption"] .chart-wide svg.map-view`,
    (view) => view.getAttribute("viewBox") ?? "",
  );
}

describe.each(Object.entries(VIEWPORTS))("the exile map on a %s", (_name, viewport) => {
  test("follows every step going down and again going up, each at its own view, all from 127.0.0.1", async () => {
    // On the desktop the reader prefers reduced motion, so each view is set at once: the wide
    // map's glide, and its landing exactly on the step's view, are checked frame by frame below,
    // and the phone still glides its narrow map through every step here. Waiting for fourteen
    // glides at each width was most of this file's time.
    const reducedMotion = viewport === VIEWPORTS.desktop ? "reduce" : "no-preference";
    const { page, requests, close } = await open({ viewport, reducedMotion });
    const down: string[] = [];
    for (const id of steps) {
      await scrollTo(page, id);
      down.push(await expectViewOf(page, id));
    }
    // Each step zooms or pans: no two neighbouring steps share a view.
    for (let i = 1; i < down.length; i++) expect(down[i]).not.toBe(down[i - 1]);
    const up: string[] = [];
    for (const id of [...steps].reverse()) {
      await scrollTo(page, id);
      up.push(await expectViewOf(page, id));
    }
    expect(up).toEqual([...down].reverse());
    // The map's own code was loaded, and nothing was fetched from anywhere else.
    expect(requests.some((url) => /exileMap\.client/.test(url))).toBe(true);
    for (const url of requests) expect(new URL(url).origin).toBe(site.origin());
    await close();
  });

  test("has no accessibility violations with the map in view and its tables open", async () => {
    const context = await site.browser().newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    await openPage(page, `${site.origin()}/`);
    await scrollTo(page, "exile-map-lithuania");
    await expectViewOf(page, "exile-map-lithuania");
    await page.locator("#exile-map-data summary").click();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (c: string, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run("#exile-map", {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe("the exile map's motion", () => {
  /** How many times the visible map's viewBox changes while the story moves from Poland to Lithuania. */
  const viewChanges = async (reducedMotion: "reduce" | "no-preference") => {
    const { page, close } = await open({ viewport: VIEWPORTS.desktop, reducedMotion });
    await scrollTo(page, "exile-map-poland");
    await expectViewOf(page, "exile-map-poland");
    await page.evaluate((section) => {
      const target = document.querySelector(
        `${section} .step-figure[aria-labelledby="exile-map-lithuania-caption"] .chart-wide svg.map-view`,
      )!;
      (window as unknown as { viewChanges: number }).viewChanges = 0;
      new MutationObserver((records) => {
        (window as unknown as { viewChanges: number }).viewChanges += records.length;
      }).observe(target, { attributes: true, attributeFilter: ["viewBox"] });
    }, SECTION);
    await scrollTo(page, "exile-map-lithuania");
    await expectViewOf(page, "exile-map-lithuania");
    const changes = await page.evaluate(() => (window as unknown as { viewChanges: number }).viewChanges);
    await close();
    return changes;
  };

  test("glides from one step's view to the next, frame by frame", async () => {
    expect(await viewChanges("no-preference")).toBeGreaterThan(5);
  });

  test("jumps straight to the new view when the reader prefers reduced motion", async () => {
    expect(await viewChanges("reduce")).toBeLessThanOrEqual(1);
  });
});

describe("the exile map with the keyboard", () => {
  test("is one tab stop whose arrow keys read each country's and hub's figure with its source", async () => {
    const { page, close } = await open({ viewport: VIEWPORTS.desktop });
    await scrollTo(page, "exile-map-poland");
    await expectViewOf(page, "exile-map-poland");
    const map = page.locator(`${SECTION} .step-figure[data-active] svg.exile-map:visible`);
    await map.focus();
    const tip = page.locator(`${SECTION} .step-figure[data-active] .chart-tip:visible`);
    await page.keyboard.press("Home");
    await expect(tip.textContent()).resolves.toMatch(/^Poland: [\d,]+ · .* · Source: /);
    await page.keyboard.press("End");
    await expect(tip.textContent()).resolves.toMatch(/· Source: /);
    await close();
  });
});
