import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { BrowserContextOptions, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { axeViolations } from "../helpers/axe.ts";
import { openPage, useBuiltSiteInChromium } from "../helpers/builtSiteInChromium.ts";
import { englishEmbeds } from "../helpers/embeds.ts";
import { pageTemplates } from "../helpers/pages.ts";

const site = useBuiltSiteInChromium();
const all = englishEmbeds();
/** One embed page per chart: they share one template, so axe checks each chart's markup once a theme. */
const templates = pageTemplates(inject("siteDir"))
  .map((path) => /^\/embed\/([^/]+)\/$/.exec(path)?.[1])
  .filter((id) => id !== undefined);
/**
 * The embeds a host page pastes. At the phone width, and without the resizing script at 600 px,
 * every embed, so each one's code runs in a host page once (no console error, no request
 * elsewhere) and each frame is seen at its content's height. At the desktop width, each chart's
 * overview: the resizing script is one for all embeds, and their pages share one template.
 */
const pasted = (path: string) => (path === "/overviews" ? all.filter((embed) => templates.includes(embed.id)) : all);

/** Serves HTML on 127.0.0.1 at a free port, another origin than the site's, made from the request's path. */
async function serveHtml(html: (path: string) => string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) =>
    res.writeHead(200, { "Content-Type": "text/html" }).end(html(req.url ?? "/")),
  );
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * The snippet of each embed as the build published it (its oEmbed html), pointed at the local
 * site instead of the production origin.
 */
const snippet = (id: string) => {
  const oembed = JSON.parse(readFileSync(join(inject("siteDir"), "embed", id, "oembed.json"), "utf8")) as {
    html: string;
    provider_url: string;
  };
  return oembed.html.replaceAll(new URL(oembed.provider_url).origin, site.origin());
};

// A host article that pastes every embed's snippet, and an intruder page on a third origin that
// posts a forged height for the first embed to the page framing it.
let host: Awaited<ReturnType<typeof serveHtml>>;
let intruder: Awaited<ReturnType<typeof serveHtml>>;
beforeAll(async () => {
  intruder = await serveHtml(
    () =>
      `<!doctype html><title>Intruder</title><script>setInterval(() => parent.postMessage(${JSON.stringify({
        type: "exile-atlas:height",
        id: all[0]!.id,
        height: 5,
      })}, "*"), 50);</script>`,
  );
  // "/" pastes every embed; "/overviews" only each chart's overview (see pasted below).
  host = await serveHtml(
    (path) =>
      `<!doctype html><html lang="en"><title>Host article</title><body><h1>An article</h1>` +
      pasted(path)
        .map((embed) => `<p>Text before ${embed.id}.</p>${snippet(embed.id)}`)
        .join("") +
      `<iframe id="intruder" title="Intruder" src="${intruder.origin}/" width="10" height="10"></iframe></body></html>`,
  );
});
afterAll(async () => {
  for (const { server } of [host, intruder]) await new Promise((done) => server.close(done));
});

/** The height of an embed's content, and whether it scrolls, measured inside its frame. */
const inside = (frame: Frame) =>
  frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
  }));

describe.each([
  { width: 320, path: "/", which: "every embed's snippet" },
  { width: 1024, path: "/overviews", which: "each chart's snippet" },
])("a host page on another origin, $width px wide, that pastes $which", ({ width, path }) => {
  test("shows each embed at the height of its content, and ignores forged heights", async () => {
    const context = await site.browser().newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    // Every embed runs its code inside the host: none may log an error or fetch from another host.
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => requests.push(request.url()));
    // AMP pages resize an amp-iframe on its `embed-size` message: record those the embeds send,
    // and count the intruder's forged messages, to know when enough of them have arrived.
    await page.addInitScript(() => {
      const record = { ampSizes: [] as number[], forged: 0 };
      (window as unknown as { record: typeof record }).record = record;
      addEventListener("message", (event: MessageEvent<{ sentinel?: string; type?: string; height?: number }>) => {
        if (event.data?.sentinel === "amp" && event.data.type === "embed-size")
          record.ampSizes.push(event.data.height!);
        if (event.data?.type === "exile-atlas:height" && event.data.height === 5) record.forged++;
      });
    });
    await page.goto(`${host.origin}${path}`, { waitUntil: "load" });
    // The host itself posts a forged height too: its origin is not the site's.
    await page.evaluate((id) => window.postMessage({ type: "exile-atlas:height", id, height: 5 }, "*"), all[0]!.id);
    for (const embed of pasted(path)) {
      const iframe = page.locator(`iframe[src="${site.origin()}/embed/${embed.id}/"]`);
      await iframe.scrollIntoViewIfNeeded();
      const frame = (await (await iframe.elementHandle())!.contentFrame())!;
      await frame.waitForSelector("[data-embed]");
      await expect
        .poll(async () => {
          const { content, scrolls } = await inside(frame);
          const height = (await iframe.boundingBox())!.height;
          return { fits: Math.abs(height - content) <= 2, scrolls };
        })
        .toEqual({ fits: true, scrolls: false });
    }
    const { ampSizes } = await page.evaluate(() => (window as unknown as { record: { ampSizes: number[] } }).record);
    expect(ampSizes.length).toBeGreaterThanOrEqual(pasted(path).length);
    for (const height of ampSizes) expect(height).toBeGreaterThan(100);
    // Well after the intruder began posting (a few more of its forged heights have arrived), the
    // first embed still has its content's height.
    const forged = () => page.evaluate(() => (window as unknown as { record: { forged: number } }).record.forged);
    const seen = await forged();
    await expect.poll(forged).toBeGreaterThan(seen + 3);
    const first = page.locator("iframe").first();
    const frame = (await (await first.elementHandle())!.contentFrame())!;
    expect((await first.boundingBox())!.height).toBeCloseTo((await inside(frame)).content, -1);
    expect((await first.boundingBox())!.height).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    const origins = new Set([site.origin(), host.origin, intruder.origin]);
    for (const url of requests) expect(origins, url).toContain(new URL(url).origin);
    // Every embed page and its own script were fetched: each one ran in the host.
    for (const embed of pasted(path)) expect(requests).toContain(`${site.origin()}/embed/${embed.id}/`);
    await context.close();
  });
});

test("a host whose CMS strips scripts shows each embed at about its height at 600 px wide", async () => {
  const context = await site.browser().newContext({ viewport: { width: 600, height: 800 } });
  const page = await context.newPage();
  // Every snippet's script is refused, as if the CMS had removed it; the iframes keep their default height.
  await page.route("**/embed.js", (route) => route.abort());
  await page.goto(`${host.origin}/`, { waitUntil: "load" });
  for (const embed of all) {
    const iframe = page.locator(`iframe[src="${site.origin()}/embed/${embed.id}/"]`);
    await iframe.scrollIntoViewIfNeeded();
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frame.waitForSelector("[data-embed]");
    const { content } = await inside(frame);
    expect(Math.abs((await iframe.boundingBox())!.height - content)).toBeLessThanOrEqual(40);
  }
  await context.close();
});

/** Opens an embed page and records console errors and every request it makes. */
async function openEmbed(id: string, options: BrowserContextOptions, query = "") {
  const context = await site.browser().newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  await openPage(page, `${site.origin()}/embed/${id}/${query}`);
  return { page, errors, requests, close: () => context.close() };
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

const themes = [
  { name: "light by the reader's preference", colorScheme: "light", query: "", dark: false },
  { name: "dark by the reader's preference", colorScheme: "dark", query: "", dark: true },
  { name: "dark forced by the host", colorScheme: "light", query: "?theme=dark", dark: true },
  { name: "light forced by the host", colorScheme: "dark", query: "?theme=light", dark: false },
] as const;

describe.each(themes)("embed pages, $name", ({ colorScheme, query, dark }) => {
  test.each(templates)(
    "%s has no accessibility violations, no console error and no request leaving our origin",
    async (id) => {
      // axe is injected as an inline script, which the page's CSP rightly refuses: let it in here.
      const { page, errors, requests, close } = await openEmbed(id, { colorScheme, bypassCSP: true }, query);
      expect(await background(page)).toBe(dark ? "rgb(22, 22, 22)" : "rgb(253, 253, 252)");
      // Every rule in the first theme; in the others, whose pages differ only in colours, the
      // rules that read colours (axe.ts).
      expect(await axeViolations(page, colorScheme === "light" && !query ? {} : { only: "colour" })).toEqual([]);
      expect(errors).toEqual([]);
      for (const url of requests) expect(new URL(url).origin).toBe(site.origin());
      await close();
    },
  );
});

describe("an embed page", () => {
  test("shows its chart, source line and downloads with JavaScript off", async () => {
    const { page, close } = await openEmbed(all[0]!.id, {
      javaScriptEnabled: false,
      viewport: { width: 320, height: 600 },
    });
    await expect(page.locator(".embed-figure svg.plot-chart:visible").count()).resolves.toBe(1);
    await expect(page.locator(".embed-source").isVisible()).resolves.toBe(true);
    await expect(page.locator(".embed-links a").count()).resolves.toBe(4);
    await close();
  });

  test("becomes interactive with JavaScript on: the chart's points can be reached by keyboard", async () => {
    const { page, close } = await openEmbed(all[0]!.id, { viewport: { width: 1024, height: 800 } });
    // The chart's own browser code (clients.ts) makes its SVG focusable once it has mounted.
    await expect.poll(() => page.locator(".embed-figure svg.plot-chart:visible[tabindex]").count()).toBe(1);
    await close();
  });
});

describe("the story's “Embed this chart” control", () => {
  test("copies the step's embed code with JavaScript on and says so", async () => {
    const context = await site.browser().newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin() });
    const page = await context.newPage();
    await openPage(page, `${site.origin()}/`);
    const control = page.locator(".embed-this").first();
    await control.locator("summary").scrollIntoViewIfNeeded();
    await control.locator("summary").click();
    await control.locator("button").click();
    await expect.poll(() => control.locator("[role=status]").textContent()).toMatch(/copied/i);
    const code = await control.locator(".embed-this-code").textContent();
    expect(code).toMatch(/^<iframe src="[^"]+\/embed\/[a-z0-9-]+\/"/);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(code);
    await context.close();
  });

  test("shows the code and the embed page's link with JavaScript off", async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin()}/`);
    const control = page.locator(".embed-this").first();
    await control.locator("summary").click();
    await expect(control.locator(".embed-this-code").isVisible()).resolves.toBe(true);
    await expect(control.locator("button").isVisible()).resolves.toBe(false);
    // Without a copy button, one click selects the whole code, ready for the reader to copy.
    await control.locator(".embed-this-code").click();
    await expect(page.evaluate(() => getSelection()?.toString())).resolves.toBe(
      await control.locator(".embed-this-code").textContent(),
    );
    await expect(control.locator("a").getAttribute("href")).resolves.toMatch(/^\/embed\/[a-z0-9-]+\/$/);
    await context.close();
  });
});
