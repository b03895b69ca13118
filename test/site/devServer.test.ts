import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { useChromium } from "../helpers/builtSiteInChromium.ts";
import { startDevServer } from "../helpers/devServer.ts";
import { englishEmbeds } from "../helpers/embeds.ts";
import { copyData, warmCacheDir } from "../helpers/runBuild.ts";

const workDir = inject("workDir");
const browser = useChromium();
let server: Awaited<ReturnType<typeof startDevServer>>;
let page: Page;
let csv: string;
let original: string;

/**
 * Waits for `text` to appear on the page, and returns how long that took after `since`. The wait
 * is long because this file runs beside other builds and browser files: the time it prints is
 * what to read for speed (about a second on a quiet machine), while the test asserts the update.
 */
async function waitForText(text: string, since: number): Promise<number> {
  await page
    .waitForFunction((t) => document.body?.innerText.includes(t), text, { timeout: 60_000, polling: 50 })
    .catch((error: unknown) => {
      throw new Error(`${String(error)}\nwhat the dev server printed last:\n${server.output().slice(-3000)}`);
    });
  return Math.round(performance.now() - since);
}

/**
 * When the page last committed a navigation, and when its Vite client last reported its
 * connection to the dev server ("[vite] connected."). A save is seen by the page only through
 * that connection, and the client opens it only after the page has loaded: a save made before
 * then (a slow, loaded machine) never reaches the page, which then waits for nothing.
 */
const seen = { navigated: 0, connected: 0 };
/** Saves the CSV once the page is listening for the dev server's reload. */
async function save(content: string): Promise<number> {
  await expect.poll(() => seen.connected > seen.navigated, { timeout: 60_000 }).toBe(true);
  const saved = performance.now();
  writeFileSync(csv, content);
  return saved;
}

beforeAll(async () => {
  const dataDir = copyData(workDir);
  csv = join(dataDir, "political-prisoners.csv");
  original = readFileSync(csv, "utf8");
  server = await startDevServer({ dataDir, cacheDir: warmCacheDir(workDir) });
  page = await browser().newPage();
  page.on("framenavigated", (frame) => frame === page.mainFrame() && (seen.navigated = performance.now()));
  page.on(
    "console",
    (message) => message.text().startsWith("[vite] connected") && (seen.connected = performance.now()),
  );
  await page.goto(`${server.origin}/`);
  await waitForText("at least 1,140", performance.now()).catch(async (error) => {
    throw new Error(`${error}\n${(await page.content()).slice(0, 3000)}\n${server.output()}`);
  });
});
afterAll(async () => {
  await page?.close();
  await server?.stop();
});

describe("npm run dev while an editor saves a CSV", () => {
  test("a valid save updates the open page without a restart", async () => {
    const saved = await save(original.replace("2026-03-05,1140,", "2026-03-05,1163,"));
    const ms = await waitForText("at least 1,163", saved);
    process.stdout.write(`dev server: page updated ${ms} ms after a valid CSV save\n`);
  });

  test("an invalid save shows the validation message instead of a stale page", async () => {
    const saved = await save(original.replace("2026-03-05,1140,", "2026-03-05,11.63,"));
    const ms = await waitForText("political-prisoners.csv:", saved);
    process.stdout.write(`dev server: validation message shown ${ms} ms after an invalid CSV save\n`);
    const body = await page.locator("body").innerText();
    expect(body).toMatch(/political-prisoners\.csv:\d+:count {2}not a whole number — expected a whole number/);
    expect(body).not.toContain("at least 1,163");
  });

  test("fixing the file brings the story back", async () => {
    const saved = await save(original);
    await waitForText("at least 1,140", saved);
    await expect(page.locator("body").innerText()).resolves.not.toContain("political-prisoners.csv:");
  });
});

// After the saves, with the data back as it was. The previewer shares this file's server, since a
// second `astro dev` would wait for its own turn to run Astro.
describe("the embed previewer (npm run dev)", () => {
  test("shows every embed at 320, 600 and 1024 px", async () => {
    const response = await fetch(`${server.origin}/dev/embeds/`);
    expect(response.status).toBe(200);
    const { document } = parseHTML(await response.text());
    const frames = [...document.querySelectorAll("iframe")].map(
      (frame) => `${frame.getAttribute("src")} ${frame.getAttribute("width")}`,
    );
    const expected = englishEmbeds().flatMap((embed) =>
      [320, 600, 1024].map((width) => `/embed/${embed.id}/ ${width}`),
    );
    expect(frames).toEqual(expected);
    expect(document.querySelector('script[src="/embed.js"]')).not.toBeNull();
  });

  test("serves the embed pages it frames", async () => {
    const [first] = englishEmbeds();
    const response = await fetch(`${server.origin}/embed/${first!.id}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`data-embed="${first!.id}"`);
  });
});
