import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import {
  afterScroll,
  nextFrames,
  openPage,
  useBuiltSiteInChromium,
  VIEWPORTS,
} from "../helpers/builtSiteInChromium.ts";
import { readChapters } from "../helpers/chapters.ts";

const SECTION = "#political-prisoners-steps";
const chapters = readChapters("en").filter((chapter) => chapter.steps.length > 0);
const stepIds = (slug: string) => chapters.find((c) => c.slug === slug)!.steps.map((step) => `${slug}-${step.id}`);

const site = useBuiltSiteInChromium();

async function open(options: BrowserContextOptions): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await site.browser().newContext(options);
  const page = await context.newPage();
  await openPage(page, `${site.origin()}/`);
  return { page, close: () => context.close() };
}

/** Scrolls so that a step's top sits at `share` of the viewport height, and waits for the scroll to end. */
const scrollStepTo = (page: Page, id: string, share: number) =>
  afterScroll(page, () =>
    page.$eval(
      `#${id}`,
      (step, at) => window.scrollBy(0, step.getBoundingClientRect().top - window.innerHeight * at),
      share,
    ),
  );
const active = (page: Page, section: string) =>
  page.$eval(section, (element) => (element as HTMLElement).dataset.activeStep ?? "");

/**
 * Wheel-scrolls the whole page and returns, per section, the order in which its steps became
 * active. The page records every change itself (a MutationObserver on each section's
 * `data-active-step`), so a step shown for a single frame is seen too, and the test only waits a
 * frame between wheel ticks rather than reading every section after each one.
 */
async function wheelThrough(page: Page, direction: 1 | -1): Promise<() => Promise<Record<string, string[]>>> {
  await page.evaluate(
    (slugs) => {
      const state = window as unknown as { seenSteps: Record<string, string[]>; stopRecording?: () => void };
      state.stopRecording?.();
      const seen: Record<string, string[]> = {};
      const observers = slugs.map((slug) => {
        const section = document.querySelector<HTMLElement>(`#${slug}-steps`)!;
        const list = (seen[slug] = [section.dataset.activeStep ?? ""]);
        const observer = new MutationObserver(() => {
          const id = section.dataset.activeStep ?? "";
          if (list.at(-1) !== id) list.push(id);
        });
        observer.observe(section, { attributes: true, attributeFilter: ["data-active-step"] });
        return observer;
      });
      state.seenSteps = seen;
      state.stopRecording = () => observers.forEach((observer) => observer.disconnect());
    },
    chapters.map((chapter) => chapter.slug),
  );
  let before = await page.evaluate(() => window.scrollY);
  // Each tick moves four fifths of the shortest step's height (its text and at least a 70svh
  // gap): less than any step is tall, so no step can be skipped, in as few ticks as that allows.
  const tick = await page.evaluate(() =>
    Math.floor(
      0.8 * Math.min(...[...document.querySelectorAll<HTMLElement>(".scrolly .step")].map((s) => s.offsetHeight)),
    ),
  );
  expect(tick).toBeGreaterThan(100);
  for (let i = 0; i < 1000; i++) {
    await page.mouse.wheel(0, direction * tick);
    // Two frames: the scroll is applied and the observers that follow it have run.
    const after = await page.evaluate(
      () => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY)))),
    );
    if (after === before) break;
    before = after;
  }
  return () => page.evaluate(() => (window as unknown as { seenSteps: Record<string, string[]> }).seenSteps);
}

describe.each(Object.entries(VIEWPORTS))("the scroll story on a %s", (_name, viewport) => {
  test("activates each step in order going down, and in reverse going up", async () => {
    const { page, close } = await open({ viewport });
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    const expected = (order: (ids: string[]) => string[]) =>
      Object.fromEntries(chapters.map((chapter) => [chapter.slug, order(stepIds(chapter.slug))]));
    // Polled: the last step of a pass may be set when the scroll ends, just after the last tick.
    const down = await wheelThrough(page, 1);
    await expect.poll(down).toEqual(expected((ids) => ids));
    const up = await wheelThrough(page, -1);
    await expect.poll(up).toEqual(expected((ids) => [...ids].reverse()));
    await close();
  });

  test("shows exactly the active step's figure in the sticky stage", async () => {
    const { page, close } = await open({ viewport });
    await scrollStepTo(page, "political-prisoners-peak", 0.5);
    expect(await active(page, SECTION)).toBe("political-prisoners-peak");
    const shown = await page.locator(`${SECTION} .scrolly-stage .step-figure[data-active]`).all();
    expect(shown).toHaveLength(1);
    expect(await shown[0]!.getAttribute("aria-labelledby")).toBe("political-prisoners-peak-caption");
    await expect(shown[0]!.isVisible()).resolves.toBe(true);
    await close();
  });

  test("a jump to the end lands on the last step, and a reload mid-story on the step in view", async () => {
    const { page, close } = await open({ viewport });
    await afterScroll(page, () => page.keyboard.press("End"));
    await page.waitForFunction(() => window.scrollY + window.innerHeight >= document.body.scrollHeight - 2);
    expect(await active(page, SECTION)).toBe("political-prisoners-latest");

    await scrollStepTo(page, "political-prisoners-pardons", 0.4);
    expect(await active(page, SECTION)).toBe("political-prisoners-pardons");
    await page.reload({ waitUntil: "load" });
    // The browser restores the scroll position; the story must settle on the step in view.
    await expect.poll(() => active(page, SECTION)).toBe("political-prisoners-pardons");
    await close();
  });

  test("announces each change once, by the step's caption, for screen readers", async () => {
    const { page, close } = await open({ viewport });
    const live = page.locator(`${SECTION} [data-scrolly-live]`);
    expect(await live.textContent()).toBe("");
    await scrollStepTo(page, "political-prisoners-peak", 0.5);
    expect(await live.textContent()).toMatch(/^Step 2 of 4: People held as political prisoners/);
    await close();
  });

  test("reaches every step with the keyboard, and the graphic follows focus", async () => {
    const { page, close } = await open({ viewport });
    const focused: string[] = [];
    const all = chapters.flatMap((c) => stepIds(c.slug));
    // The skip link and the header's language links come before the first step, and steps may
    // hold links (a source named in the text), so allow several tab stops a step.
    for (let i = 0; i < 400 && focused.length < all.length; i++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => document.activeElement?.closest(".step")?.id ?? "");
      if (id && focused.at(-1) !== id) focused.push(id);
      // Polled rather than read after two frames: once, on a loaded machine, the step's figure
      // was read before the scroll that focus causes had settled (the previous step's).
      if (id === "political-prisoners-peak")
        await expect.poll(() => active(page, SECTION)).toBe("political-prisoners-peak");
    }
    expect(focused.slice(0, all.length)).toEqual(all);
    await close();
  });
});

describe("a mouse click on a step's text", () => {
  test("does not move the page, though keyboard focus would", async () => {
    const { page, close } = await open({ viewport: VIEWPORTS.desktop });
    await scrollStepTo(page, "political-prisoners-peak", 0.3);
    const before = await page.evaluate(() => window.scrollY);
    await page.locator("#political-prisoners-peak .step-text").click();
    await nextFrames(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await close();
  });
});

describe("a chart's points with the keyboard", () => {
  test("the arrow keys step through the active chart's points, showing value, date and source", async () => {
    const { page, close } = await open({ viewport: VIEWPORTS.desktop });
    await scrollStepTo(page, "political-prisoners-peak", 0.5);
    // Focusable once the chapter's chart code has mounted on its inline SVG (clients.ts).
    const chart = page.locator(`${SECTION} .step-figure[data-active] svg[tabindex]:visible`);
    await chart.focus();
    const tip = page.locator(`${SECTION} .step-figure[data-active] .chart-tip:visible`);
    await page.keyboard.press("Home");
    await expect(tip.textContent()).resolves.toMatch(/^at least 24 · 31 July 2020 · Source: Viasna/);
    await page.keyboard.press("ArrowRight");
    await expect(tip.textContent()).resolves.toMatch(/^at least 25 · 9 August 2020 · Source: /);
    await page.keyboard.press("End");
    await expect(tip.textContent()).resolves.toMatch(/^at least 1,452 · 31 December 2023 · /);
    await close();
  });
});

describe("the scroll story's motion", () => {
  const fade = async (reducedMotion: "reduce" | "no-preference") => {
    const { page, close } = await open({ viewport: VIEWPORTS.desktop, reducedMotion });
    const duration = await page.$eval(
      `${SECTION} .step-figure`,
      (figure) => getComputedStyle(figure).transitionDuration,
    );
    await scrollStepTo(page, "political-prisoners-peak", 0.5);
    const running = await page.evaluate(() => document.getAnimations().length);
    await close();
    return { duration, running };
  };

  test("cross-fades figures by default", async () => {
    expect((await fade("no-preference")).duration).not.toBe("0s");
  });

  test("changes figures instantly, with no animation, when the reader prefers reduced motion", async () => {
    expect(await fade("reduce")).toEqual({ duration: "0s", running: 0 });
  });
});

describe("the scroll story with JavaScript off", () => {
  test.each(Object.entries(VIEWPORTS))(
    "shows every step's own static figure beside its text on a %s",
    async (_n, viewport) => {
      const { page, close } = await open({ viewport, javaScriptEnabled: false });
      const width = viewport.width < 640 ? "narrow" : "wide";
      for (const id of chapters.flatMap((chapter) => stepIds(chapter.slug))) {
        await expect(page.locator(`#${id} .step-text`).isVisible()).resolves.toBe(true);
        // The figure is the step's own image, loaded, at the width that suits the screen.
        const image = page.locator(`#${id} .step-figure picture img:visible`);
        await expect(image.count()).resolves.toBe(1);
        const { src, loaded } = await image.evaluate((img: HTMLImageElement) => ({
          src: new URL(img.currentSrc).pathname,
          loaded: img.complete && img.naturalWidth > 0,
        }));
        expect(src).toBe(`/figures/${id}-${width}-light.svg`);
        expect(loaded, id).toBe(true);
      }
      await close();
    },
  );
});
