import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { renderPng } from "../../../src/lib/build/renderPng.ts";
import { pngSize } from "../../helpers/embeds.ts";

const dir = mkdtempSync(join(tmpdir(), "render-png-"));
beforeAll(() => vi.stubEnv("EXILE_CACHE_DIR", dir));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const svg = (fill: string, text = "") =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">` +
  `<rect width="200" height="100" fill="${fill}"/><text x="10" y="50" font-size="20">${text}</text></svg>`;

/** The colour of one pixel of a PNG, read back by resvg from an SVG that shows only that PNG. */
function pixel(png: Uint8Array, x: number, y: number, width: number, height: number): number[] {
  const href = `data:image/png;base64,${Buffer.from(png).toString("base64")}`;
  const wrapper = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image width="${width}" height="${height}" xlink:href="${href}"/></svg>`;
  const { pixels } = new Resvg(wrapper).render();
  const at = (y * width + x) * 4;
  return [...pixels.subarray(at, at + 3)];
}

describe("renderPng(svg, width)", () => {
  test("draws a PNG of the width asked for, keeping the SVG's aspect ratio", async () => {
    expect(pngSize(await renderPng(svg("#ff0000"), 400))).toEqual({ png: true, width: 400, height: 200 });
    expect(pngSize(await renderPng(svg("#ff0000"), 120))).toEqual({ png: true, width: 120, height: 60 });
  });

  test("draws the SVG's colours", async () => {
    expect(pixel(await renderPng(svg("#ff0000"), 40), 2, 2, 40, 20)).toEqual([255, 0, 0]);
    expect(pixel(await renderPng(svg("#0000ff"), 40), 2, 2, 40, 20)).toEqual([0, 0, 255]);
  });

  test("draws text, Cyrillic included, with the bundled fonts rather than none", async () => {
    const blank = await renderPng(svg("#ffffff"), 200);
    const latin = await renderPng(svg("#ffffff", "Viasna"), 200);
    const cyrillic = await renderPng(svg("#ffffff", "Вясна"), 200);
    expect(Buffer.from(latin).equals(Buffer.from(blank))).toBe(false);
    expect(Buffer.from(cyrillic).equals(Buffer.from(blank))).toBe(false);
    expect(Buffer.from(cyrillic).equals(Buffer.from(latin))).toBe(false);
  });

  test("the same SVG and width give the same bytes, from the cache, each time in a fresh buffer", async () => {
    const input = svg("#123456", "cached");
    const first = await renderPng(input, 64);
    const files = readdirSync(join(dir, "artefacts", "embed-png")).length;
    const second = await renderPng(input, 64);
    expect(readdirSync(join(dir, "artefacts", "embed-png")).length).toBe(files);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(second.buffer).not.toBe(first.buffer);
    expect(second.buffer).toBeInstanceOf(ArrayBuffer);
  });
});
