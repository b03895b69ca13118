import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { startDevServer } from "../helpers/devServer.ts";
import { englishEmbeds } from "../helpers/embeds.ts";
import { warmCacheDir } from "../helpers/runBuild.ts";

let server: Awaited<ReturnType<typeof startDevServer>>;
beforeAll(async () => {
  server = await startDevServer({ dataDir: "data", cacheDir: warmCacheDir(inject("workDir")) });
});
afterAll(async () => {
  await server?.stop();
});

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
