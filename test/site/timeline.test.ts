import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { readStoryData } from "../../src/lib/data/storyData.ts";
import { axeViolations as runAxe } from "../helpers/axe.ts";
import { afterScroll, openPage, useBuiltSiteInChromium, VIEWPORTS } from "../helpers/builtSiteInChromium.ts";
import { readChapters } from "../helpers/chapters.ts";

const site = useBuiltSiteInChromium();
const events = readStoryData("data").timeline;
const chapters = readChapters("en").filter((chapter) => ["prosecutions", "beyond-the-border"].includes(chapter.slug));

/** Opens a page, recording console errors and every request it makes. */
async function open(path: string, options: BrowserContextOptions) {
  const context = await site.browser().newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  await openPage(page, `${site.origin()}${path}`);
  return { page, errors, requests, close: () => context.close() };
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
const onlyExternal = (requests: readonly string[]) => requests.filter((url) => new URL(url).origin !== site.origin());

describe.each(Object.entries(VIEWPORTS))("chapters 3 and 5 on a %s", (_name, viewport) => {
  test("scroll down and back up through every step, each figure brushed to its step's period", async () => {
    const { page, errors, requests, close } = await open("/", { viewport });
    for (const chapter of chapters) {
      const ids = chapter.steps.map((step) => `${chapter.slug}-${step.id}`);
      for (const order of [ids, [...ids].reverse()]) {
        for (const id of order) {
          await scrollStepTo(page, id, 0.5);
          const section = `#${chapter.slug}-steps`;
          expect(await page.$eval(section, (element) => (element as HTMLElement).dataset.activeStep)).toBe(id);
          // The chapter's SVGs arrive as the reader nears it (clients.ts): wait for them, not a time.
          const shown = page.locator(`${section} .scrolly-stage .step-figure[data-active] svg.plot-chart:visible`);
          await expect.poll(() => shown.count()).toBe(1);
          const step = chapter.steps.find((s) => `${chapter.slug}-${s.id}` === id)!;
          const from = (step.state as { from?: string }).from;
          if (chapter.slug === "prosecutions" && from) {
            await expect(shown.getAttribute("data-from")).resolves.toBe(from);
          }
        }
      }
    }
    expect(errors).toEqual([]);
    expect(onlyExternal(requests)).toEqual([]);
    await close();
  });

  test("the chapters have no accessibility violations, with the step events table open", async () => {
    const { page, close } = await open("/", { viewport, bypassCSP: true });
    await page.locator("#prosecutions-data summary").click();
    await scrollStepTo(page, "prosecutions-year-2021", 0.5);
    await page.locator("#prosecutions-steps .step-figure[data-active] svg.plot-chart:visible").waitFor();
    expect(await runAxe(page)).toEqual([]);
    await close();
  });
});

/** Presses Tab until the focused element matches `selector`; fails if it is never reached. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const visibleEvents = (page: Page) => page.locator("li.event:visible");

describe.each(Object.entries(VIEWPORTS))("the events page's filters on a %s", (_name, viewport) => {
  test("work with the keyboard, follow the URL and keep every shown event's source line", async () => {
    const { page, errors, requests, close } = await open("/events/", { viewport });
    await expect.poll(() => visibleEvents(page).count()).toBe(events.length);

    await tabTo(page, 'input[name="category"][value="law"]');
    await page.keyboard.press("Space");
    const laws = events.filter((event) => event.category === "law");
    await expect.poll(() => visibleEvents(page).count()).toBe(laws.length);
    expect(new URL(page.url()).search).toBe("?category=law");
    await expect(page.locator("[data-filter-count]").textContent()).resolves.toBe(
      `${laws.length} of ${events.length} events shown`,
    );
    await page.keyboard.press("Space");

    await tabTo(page, 'select[name="person"]');
    await page.keyboard.type("Ales Bialiatski");
    const his = events.filter((event) => event.people.includes("Ales Bialiatski"));
    expect(his.length).toBeGreaterThan(2);
    await expect.poll(() => visibleEvents(page).count()).toBe(his.length);
    expect(new URL(page.url()).searchParams.get("person")).toBe("Ales Bialiatski");
    for (const item of await visibleEvents(page).all()) {
      await expect(item.locator(".event-source a").isVisible()).resolves.toBe(true);
    }

    // Opening an event with the keyboard shows its description.
    await tabTo(page, "li.event:not([hidden]) summary");
    await page.keyboard.press("Enter");
    const opened = page.locator("li.event:visible details[open]");
    await expect(opened.count()).resolves.toBe(1);
    await expect(opened.locator("p").first().isVisible()).resolves.toBe(true);

    await tabTo(page, 'button[type="reset"]');
    await page.keyboard.press("Enter");
    await expect.poll(() => visibleEvents(page).count()).toBe(events.length);
    expect(new URL(page.url()).search).toBe("");

    expect(errors).toEqual([]);
    expect(onlyExternal(requests)).toEqual([]);
    await close();
  });

  test("a shared link opens with its filter applied", async () => {
    const person = "Sviatlana Tsikhanouskaya";
    const { page, close } = await open(`/events/?category=exile&person=${encodeURIComponent(person)}`, { viewport });
    const expected = events.filter((event) => event.category === "exile" && event.people.includes(person));
    expect(expected.length).toBeGreaterThan(1);
    await expect.poll(() => visibleEvents(page).count()).toBe(expected.length);
    await expect(page.locator('input[value="exile"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('select[name="person"]').inputValue()).resolves.toBe(person);
    await close();
  });

  test("has no accessibility violations while filtered, with an event open", async () => {
    const { page, close } = await open("/events/?category=sentence", { viewport, bypassCSP: true });
    await page.locator("li.event:visible summary").first().click();
    expect(await runAxe(page)).toEqual([]);
    await close();
  });

  test("shows its filters without moving the list under them: no layout shift while the page loads", async () => {
    const { page, close } = await open("/events/", { viewport });
    await page.locator("form.event-filters:not([hidden])").waitFor();
    // Layout shifts are buffered from the start of the page, so a shift before this reads counts too.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
            resolve(entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
          }).observe({ type: "layout-shift", buffered: true });
          // With no shift at all the observer is never called.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)));
        }),
    );
    expect(shift).toBe(0);
    await close();
  });

  test("lists every event with its source, and shows no filter form, with JavaScript off", async () => {
    const { page, close } = await open("/events/?category=law", { viewport, javaScriptEnabled: false });
    await expect(visibleEvents(page).count()).resolves.toBe(events.length);
    await expect(page.locator(".event-source a:visible").count()).resolves.toBe(events.length);
    await expect(page.locator("form.event-filters").isVisible()).resolves.toBe(false);
    await close();
  });
});
