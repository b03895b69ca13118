import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { localePrefix, locales } from "../../src/lib/i18n/locales.ts";
import { openPage, useBuiltSiteInChromium } from "../helpers/builtSiteInChromium.ts";

/**
 * The scroll story's stage as a reader sees it (issue 15): scrolled through on a 360 × 740 phone
 * and a 1280 × 800 desktop, every step must have a moment, while it is the active step, when its
 * graphic is at least 98 % on screen and covered by no text card; and no word drawn in its chart
 * may render smaller than 11 CSS px on the phone or 12 px on the desktop. Every edition is scanned:
 * Belarusian and Russian words run longer, so their captions take more lines and their labels
 * more room, and either can shrink a figure or its words below what English passes with.
 */

const site = useBuiltSiteInChromium();

const SCREENS = [
  { name: "360 × 740 phone", viewport: { width: 360, height: 740 }, minText: 11 },
  { name: "1280 × 800 desktop", viewport: { width: 1280, height: 800 }, minText: 12 },
];
const MIN_SHOWN = 0.98;

/** What a step's scan found: its best moment, and its smallest drawn text then. */
interface StepResult {
  id: string;
  /** The largest share of the graphic's area seen on screen and uncovered while the step was active. */
  shown: number;
  /** The smallest drawn chart text at that moment, in CSS px (NaN if the figure had no inline SVG). */
  smallestText: number;
  /** The words drawn at that size, to name in a failure. */
  smallestWords: string;
}

/**
 * Scrolls one step from the moment it becomes active until the next one does (or the chapter ends),
 * a sixteenth of the screen at a time, and returns its best moment. Runs in the page: each scroll
 * waits for `scrollend` (when the story reads the active step) and two frames, never a fixed time.
 */
function scanStep(stepId: string): Promise<StepResult> {
  type Box = { left: number; top: number; right: number; bottom: number };
  const intersect = (a: Box, b: Box): Box | undefined => {
    const box = {
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    };
    return box.right > box.left && box.bottom > box.top ? box : undefined;
  };
  /** The area of a union of boxes, exactly, over the grid their edges make. */
  const unionArea = (boxes: Box[]) => {
    const xs = [...new Set(boxes.flatMap((b) => [b.left, b.right]))].sort((a, b) => a - b);
    const ys = [...new Set(boxes.flatMap((b) => [b.top, b.bottom]))].sort((a, b) => a - b);
    let area = 0;
    for (let i = 0; i + 1 < xs.length; i++)
      for (let j = 0; j + 1 < ys.length; j++) {
        const x = (xs[i]! + xs[i + 1]!) / 2;
        const y = (ys[j]! + ys[j + 1]!) / 2;
        if (boxes.some((b) => x > b.left && x < b.right && y > b.top && y < b.bottom))
          area += (xs[i + 1]! - xs[i]!) * (ys[j + 1]! - ys[j]!);
      }
    return area;
  };
  const scrollToTop = (top: number) =>
    new Promise<void>((done) => {
      const target = Math.max(0, Math.min(Math.round(top), document.documentElement.scrollHeight - innerHeight));
      const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => done()));
      if (Math.abs(scrollY - target) < 1) return frames();
      addEventListener("scrollend", frames, { once: true });
      window.scrollTo({ top: target, behavior: "instant" });
    });
  /** The figure's drawing as shown: the inline SVG of the width on screen, or its image. */
  const graphicOf = (figure: Element) =>
    [...figure.querySelectorAll(":scope .chart-svgs > div > svg, :scope picture img")].find(
      (element) => element.getClientRects().length > 0,
    );
  /** The smallest rendered size of the drawn words: font size times the SVG's scale on screen. */
  const smallestText = (graphic: Element | undefined) => {
    if (!(graphic instanceof SVGSVGElement)) return { smallestText: Number.NaN, smallestWords: "" };
    let smallest = Number.POSITIVE_INFINITY;
    let words = "";
    for (const text of graphic.querySelectorAll("text")) {
      const style = getComputedStyle(text);
      if (!text.textContent?.trim() || style.visibility !== "visible" || text.getClientRects().length === 0) continue;
      if (Number(style.opacity) === 0 || text.closest("[opacity='0'], [display='none']")) continue;
      const matrix = text.getScreenCTM();
      if (!matrix) continue;
      const size = Number.parseFloat(style.fontSize) * Math.hypot(matrix.a, matrix.b);
      if (size < smallest) [smallest, words] = [size, text.textContent.trim()];
    }
    return { smallestText: smallest, smallestWords: words };
  };

  return (async () => {
    const step = document.getElementById(stepId)!;
    const section = step.closest<HTMLElement>("[data-scrolly]")!;
    const steps = [...section.querySelectorAll<HTMLElement>(".step")];
    const next = steps[steps.indexOf(step) + 1];
    const line = innerHeight * 0.6;
    const pageTop = (element: Element) => element.getBoundingClientRect().top + scrollY;
    // From the step's activation (its top at the reading line) to the next step's, or past the
    // chapter's end for the last step.
    const from = pageTop(step) - line + 1;
    const to = next ? pageTop(next) - line - 1 : pageTop(section) + section.offsetHeight;
    const result: StepResult = { id: stepId, shown: 0, smallestText: Number.NaN, smallestWords: "" };
    for (let y = from; y <= to; y += innerHeight / 16) {
      await scrollToTop(y);
      if (section.dataset.activeStep !== stepId) continue;
      const figure = section.querySelector(".scrolly-stage .step-figure[data-active]");
      const graphic = figure && graphicOf(figure);
      if (!graphic) continue;
      const box = graphic.getBoundingClientRect();
      const area = box.width * box.height;
      const onScreen = intersect(box, { left: 0, top: 0, right: innerWidth, bottom: innerHeight });
      if (!onScreen || area === 0) continue;
      const cards = [...section.querySelectorAll(".scrolly-steps .step > :not(figure)")].flatMap((card) => {
        const hit = intersect(card.getBoundingClientRect(), onScreen);
        return hit ? [hit] : [];
      });
      const width = onScreen.right - onScreen.left;
      const height = onScreen.bottom - onScreen.top;
      const shown = (width * height - unionArea(cards)) / area;
      if (shown > result.shown) Object.assign(result, { shown }, smallestText(graphic));
      if (shown >= 0.999) break;
    }
    return result;
  })();
}

/** Scans every step of every chapter in one page, each chapter once its figures are inline. */
async function scanStory(page: Page): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const section of await page.locator("[data-scrolly]").all()) {
    await section.scrollIntoViewIfNeeded();
    // The chapter's chart code puts its figures inline as the reader nears it: wait for that.
    await section.locator("picture[data-figure]").first().waitFor({ state: "detached" });
    for (const id of await section.locator(".step").evaluateAll((steps) => steps.map((step) => step.id)))
      results.push(await page.evaluate(scanStep, id));
  }
  return results;
}

const report = (name: string, results: StepResult[]) =>
  process.stdout.write(
    `${name}: step, share of graphic shown and uncovered, smallest chart text (px)\n${results
      .map((r) => `  ${r.id.padEnd(40)} ${r.shown.toFixed(3)}  ${r.smallestText.toFixed(1)}  ${r.smallestWords}`)
      .join("\n")}\n`,
  );

const RUNS = locales.flatMap((locale) => SCREENS.map((screen) => ({ ...screen, locale })));

describe.each(RUNS)("the $locale story's stage on a $name", ({ name, viewport, minText, locale }) => {
  let results: StepResult[] = [];
  let close = async () => {};
  beforeAll(async () => {
    const context = await site.browser().newContext({ viewport, reducedMotion: "reduce" });
    close = () => context.close();
    const page = await context.newPage();
    await openPage(page, `${site.origin()}${localePrefix(locale)}`);
    results = await scanStory(page);
    report(`${locale}, ${name}`, results);
  });
  afterAll(() => close());

  test("every step has a moment when its graphic is on screen and no text card covers it", () => {
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((result) => result.shown < MIN_SHOWN).map(({ id, shown }) => ({ id, shown }))).toEqual([]);
  });

  test(`no word drawn in a chart is under ${minText} px`, () => {
    const small = results.filter((result) => !(result.smallestText >= minText));
    expect(
      small.map(({ id, smallestText, smallestWords }) => `${id}: "${smallestWords}" at ${smallestText.toFixed(1)} px`),
    ).toEqual([]);
  });
});
