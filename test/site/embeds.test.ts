import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { describe, expect, inject, test } from "vitest";
import { chartById } from "../../src/lib/charts/registry.ts";
import { readStoryData } from "../../src/lib/data/storyData.ts";
import { englishEmbeds, pngSize } from "../helpers/embeds.ts";

const site = inject("siteDir");
const file = (path: string) => readFileSync(join(site, path));
const page = (path: string) => parseHTML(file(path).toString("utf8")).document;
/** The data the tests' build was made from: the checkout's data/. */
const data = readStoryData("data");
const all = englishEmbeds();

describe.each(all)("the built embed $id", (embed) => {
  const dir = `embed/${embed.id}`;

  test("has a page with its title, description, chart, source line, downloads and way back to the story", () => {
    const document = page(`${dir}/index.html`);
    expect(document.querySelector("h1")!.textContent).toBe(embed.title);
    expect(document.querySelector(".embed-description")!.textContent).toBe(embed.description);
    expect(document.querySelectorAll(".embed-figure svg.plot-chart")).toHaveLength(2);
    expect(document.querySelector(".embed-source")!.textContent).toMatch(/\d{4}\.?$/);
    const links = [...document.querySelectorAll(".embed-links a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual([`/${dir}/data.csv`, `/${dir}/chart.svg`, `/${dir}/chart.png`, `/${embed.storyFragment}`]);
    // No site chrome, and nothing a strict CSP would refuse.
    expect(document.querySelector("header, footer, .skip-link")).toBeNull();
    expect(file(`${dir}/index.html`).toString()).not.toMatch(/style="|<script(?![^>]*\bsrc=)[^>]*>[^<]/);
  });

  test("announces its oEmbed file and its share image", () => {
    const document = page(`${dir}/index.html`);
    const oembed = document.querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
    expect(new URL(oembed.getAttribute("href")!).pathname).toBe(`/${dir}/oembed.json`);
    const meta = (key: string) =>
      document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
    expect(new URL(meta("og:image")!).pathname).toBe(`/${dir}/share.png`);
    expect(new URL(meta("og:image")!).search).toBe("");
    expect(meta("og:image:alt")).toBe(embed.alt);
    expect(meta("og:title")).toBe(embed.title);
    expect(meta("twitter:card")).toBe("summary_large_image");
  });

  test("has an oEmbed file of type rich whose html is the snippet", () => {
    const oembed = JSON.parse(file(`${dir}/oembed.json`).toString()) as Record<string, unknown>;
    expect(oembed).toMatchObject({ version: "1.0", type: "rich", title: embed.title, width: 600 });
    const { document } = parseHTML(`<body>${oembed.html as string}</body>`);
    expect(new URL(document.querySelector("iframe")!.getAttribute("src")!).pathname).toBe(`/${dir}/`);
    expect(document.querySelector("iframe")!.getAttribute("height")).toBe(String(oembed.height));
    expect(new URL(oembed.thumbnail_url as string).pathname).toBe(`/${dir}/share.png`);
  });

  test("offers a CSV of exactly the rows it draws, each with its source", () => {
    const chart = chartById(embed.chart);
    const drawn = chart.drawn(data, chart.state.parse(embed.state));
    const parsed = Papa.parse<Record<string, string>>(file(`${dir}/data.csv`).toString(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(["source_name", "source_url"]));
    expect(parsed.data.length).toBeGreaterThan(0);
    // A text cell that starts like a formula was written with an apostrophe before it.
    const defused = (value: string | number | undefined) =>
      value === undefined ? "" : typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
    expect(parsed.data).toEqual(
      drawn.map((row) => Object.fromEntries(parsed.meta.fields!.map((field) => [field, defused(row[field])]))),
    );
    for (const row of parsed.data) expect(row.source_url).toMatch(/^https?:\/\//);
  });

  test("has a standalone SVG, a PNG of it and a 1200 × 630 share image", () => {
    expect(file(`${dir}/chart.svg`).toString()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const chartPng = pngSize(file(`${dir}/chart.png`));
    expect(chartPng.png).toBe(true);
    expect(chartPng.width).toBeGreaterThanOrEqual(1200);
    expect(pngSize(file(`${dir}/share.png`))).toEqual({ png: true, width: 1200, height: 630 });
  });
});

describe("the built site's embeds", () => {
  test("exist for every chart and step, and for nothing else", () => {
    expect(all.length).toBeGreaterThan(1);
    for (const embed of all) expect(existsSync(join(site, "embed", embed.id, "index.html"))).toBe(true);
  });

  test("offer their code under every figure of the story, pointing at that step's embed", () => {
    const document = page("index.html");
    const steps = [...document.querySelectorAll("li.step")];
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const code = step.querySelector(".embed-this-code")!.textContent!;
      const frame = parseHTML(`<body>${code}</body>`).document.querySelector("iframe")!;
      expect(new URL(frame.getAttribute("src")!).pathname).toBe(`/embed/${step.id}/`);
      expect(step.querySelector(".embed-this a")!.getAttribute("href")).toBe(`/embed/${step.id}/`);
    }
  });

  test("give the story page a share image drawn from a chart", () => {
    const document = page("index.html");
    const image = document.querySelector('meta[property="og:image"]')!.getAttribute("content")!;
    expect(image).toMatch(/^https?:\/\/[^/]+\/embed\/[a-z0-9-]+\/share\.png$/);
    expect(existsSync(join(site, new URL(image).pathname))).toBe(true);
    expect(document.querySelector('meta[name="twitter:card"]')!.getAttribute("content")).toBe("summary_large_image");
  });

  test("are resized by a first-party script of a few hundred bytes", () => {
    const script = file("embed.js");
    expect(gzipSync(script).length).toBeLessThan(600);
    expect(script.toString()).toContain("exile-atlas:height");
    expect(script.toString()).not.toMatch(/https?:\/\//);
  });

  test("have a previewer in development only: the production build has no /dev/", () => {
    expect(existsSync(join(site, "dev"))).toBe(false);
  });
});
