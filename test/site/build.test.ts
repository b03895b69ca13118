import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { describe, expect, inject, test } from "vitest";
import { chartSource } from "../../src/lib/charts/registry.ts";
import { datasets, politicalPrisoners } from "../../src/lib/data/datasets.ts";
import { readStoryData } from "../../src/lib/data/storyData.ts";
import { validateDataFile } from "../../src/lib/data/validateDataDir.ts";
import { findExternalLoads } from "../../scripts/lib/thirdParty.ts";
import { readChapters } from "../helpers/chapters.ts";
import { chartContext } from "../helpers/frozenData.ts";
import { builtFragments, builtStepSvg } from "../helpers/stepFigures.ts";

const siteDir = inject("siteDir");
const html = readFileSync(join(siteDir, "index.html"), "utf8");
const { document } = parseHTML(html);
const prisoners = validateDataFile(politicalPrisoners, "data").rows.map((row) => row.value);
const latest = [...prisoners].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
const en = new Intl.NumberFormat("en");

describe("the built story page (dist/index.html)", () => {
  test("declares its language and has one h1, a main landmark and a skip link to it", () => {
    expect(document.documentElement.getAttribute("lang")).toBe("en");
    expect(document.querySelectorAll("h1")).toHaveLength(1);
    expect(document.querySelector("main")?.id).toBe("story");
    expect(document.querySelector("a.skip-link")?.getAttribute("href")).toBe("#story");
  });

  test("quotes the latest count from data/political-prisoners.csv in the prose, with its source", () => {
    const figure = document.querySelector(`#political-prisoners-latest data[value="${latest.count}"]`);
    expect(figure?.textContent).toBe(en.format(latest.count));
    expect(figure?.getAttribute("title")).toContain(latest.source_name);
  });

  test("gives every story step its own numbered figure: an image at two widths in two themes, and SVGs to inline", () => {
    const data = readStoryData("data");
    const steps = readChapters("en").flatMap((chapter) =>
      chapter.steps.map((step) => ({ id: `${chapter.slug}-${step.id}`, graphic: chapter.graphic!, state: step.state })),
    );
    expect([...document.querySelectorAll(".step")].map((step) => step.id)).toEqual(steps.map((step) => step.id));
    const fragments = builtFragments(siteDir);
    steps.forEach(({ id, graphic, state }, index) => {
      const svgs = fragments.get(id);
      expect(svgs, id).toBeDefined();
      const picture = document.querySelector(`#${id} .step-figure picture[data-figure="${id}"]`);
      const img = picture?.querySelector("img");
      expect(img?.getAttribute("loading"), id).toBe("lazy");
      const files = [
        img?.getAttribute("src"),
        ...[...picture!.querySelectorAll("source")].map((source) => source.getAttribute("srcset")),
      ];
      expect(files.sort(), id).toEqual(
        ["narrow-dark", "narrow-light", "wide-dark", "wide-light"].map((name) => `/figures/${id}-${name}.svg`),
      );
      for (const width of ["narrow", "wide"] as const) {
        // A chart's own root SVG; a chart may nest further SVGs inside it (the exile map does).
        const inline = builtStepSvg(siteDir, id, width)!;
        expect(inline.getAttribute("class"), id).toContain("plot-chart");
        expect(inline.getAttribute("role")).toBe("img");
        // The image says what the inline SVG says: same accessible name, same words drawn.
        expect(img?.getAttribute("alt")).toBe(inline.getAttribute("aria-label"));
        for (const theme of ["light", "dark"]) {
          const file = readFileSync(join(siteDir, "figures", `${id}-${width}-${theme}.svg`), "utf8");
          const image = parseHTML(`<!doctype html><html><body>${file}</body></html>`).document.querySelector("svg")!;
          expect(image.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
          expect(image.textContent, `${id} ${width} ${theme}`).toBe(inline.textContent);
          expect(file).not.toContain("var(");
        }
      }
      const source = document.querySelector(`#${id} .step-source`)?.textContent;
      expect(source).toBe(chartSource(graphic, data, state, chartContext(graphic)));
      if (graphic === "political-prisoners")
        expect(source).toBe("Source: Human Rights Centre Viasna, as of 5 March 2026.");
      expect(document.querySelector(`#${id} figcaption`)?.textContent).toMatch(new RegExp(`^Figure ${index + 1}\\. `));
    });
    // The page itself carries no chart geometry: that is what kept it from loading fast on phones.
    expect(document.querySelectorAll(".step-figure svg")).toHaveLength(0);
    const last = builtStepSvg(siteDir, "political-prisoners-latest", "wide");
    expect(last?.textContent).toContain(`at least ${en.format(latest.count)}`);
  });

  test("shows a source line with the organisation, the as-of date and a link to the latest figure", () => {
    const line = document.querySelector("#political-prisoners .source-line");
    expect(line?.textContent).toContain("Source: Human Rights Centre Viasna, as of 5 March 2026.");
    const link = line?.querySelector("a");
    expect(link?.getAttribute("href")).toBe(latest.source_url);
    expect(link?.getAttribute("rel")).toContain("noreferrer");
  });

  test("has a data table with one row per data row, each linking to its source", () => {
    const rows = document.querySelectorAll("#political-prisoners-data tbody tr");
    expect(rows).toHaveLength(prisoners.length);
    const links = [...document.querySelectorAll("#political-prisoners-data tbody a")].map((a) =>
      a.getAttribute("href"),
    );
    expect(new Set(links)).toEqual(new Set(prisoners.map((row) => row.source_url)));
  });

  test("prints the data table once, and links to it from the other chapter that draws the chart", () => {
    const title = chartContext("political-prisoners").copy.title;
    const captions = [...document.querySelectorAll("table caption")].map((caption) => caption.textContent);
    expect(captions.filter((caption) => caption === title)).toHaveLength(1);
    const link = document.querySelector("#crackdown .table-elsewhere a");
    expect(link?.getAttribute("href")).toBe("#political-prisoners-data");
    expect(document.querySelector("#political-prisoners-data table")).not.toBeNull();
  });

  test("offers every data file for download, exactly as it is in data/, with a licence line", () => {
    const links = [...document.querySelectorAll("#methods .downloads a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(datasets.map((dataset) => `/data/${dataset.name}.csv`));
    for (const dataset of datasets) {
      const published = readFileSync(join(siteDir, "data", `${dataset.name}.csv`));
      expect(published.equals(readFileSync(join("data", `${dataset.name}.csv`))), dataset.name).toBe(true);
    }
    expect(document.querySelector("#methods .licence")?.textContent).toContain("CC BY 4.0");
  });

  test("loads its only script from its own origin, as a small external module (no inline code)", () => {
    const scripts = [...document.querySelectorAll("script")];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.textContent?.trim()).toBe("");
      expect(script.getAttribute("src")).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      const bytes = gzipSync(readFileSync(join(siteDir, script.getAttribute("src")!))).length;
      expect(bytes).toBeLessThan(15_000);
    }
  });

  test("carries a strict Content Security Policy: own origin only, no inline code allowed", () => {
    const csp = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
  });

  test("loads nothing from another host, in any file of dist/ (scripts/lib/thirdParty.ts)", () => {
    expect(findExternalLoads(siteDir)).toEqual([]);
  });
});
