import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { SVG_NS } from "../../../src/lib/charts/svgElement.ts";
import {
  chapterFragment,
  chapterFragmentName,
  FIGURE_THEMES,
  FIGURE_WIDTHS,
  FONT_STACK,
  figureFile,
  figureFileName,
  figureLabel,
} from "../../../src/lib/story/figureFiles.ts";

const dir = mkdtempSync(join(tmpdir(), "figure-files-"));
beforeAll(() => vi.stubEnv("EXILE_CACHE_DIR", dir));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const chart = `<svg class="plot-chart" role="img" aria-label="Political prisoners &amp; releases" font-family="system-ui" width="100" height="50"><rect width="10" height="10"/></svg>`;

describe("figure file names", () => {
  test("each step has a file per width and theme, in the edition's figures folder", () => {
    expect(figureFileName("exile-map-poland", "wide", "dark")).toBe("exile-map-poland-wide-dark.svg");
    const names = FIGURE_WIDTHS.flatMap((width) => FIGURE_THEMES.map((theme) => figureFileName("s", width, theme)));
    expect(new Set(names).size).toBe(4);
    expect(chapterFragmentName("exile")).toBe("exile.json");
  });
});

describe("figureFile(svg, theme)", () => {
  const root = (file: string) => parseHTML(`<div>${file}</div>`).document.querySelector("svg")!;

  test("names the page's font stack on the root, in place of any font the SVG had", () => {
    const file = figureFile(chart, "light");
    const family = root(file).getAttribute("font-family")!;
    expect(family).toBe(FONT_STACK);
    expect(family).toMatch(/^-apple-system, .*sans-serif$/);
    expect(file.match(/font-family=/g)).toHaveLength(1);
  });

  test("adds the SVG namespace a standalone file needs, once", () => {
    const file = figureFile(`  ${chart}\n`, "light");
    expect(file.startsWith("<svg")).toBe(true);
    expect(root(file).getAttribute("xmlns")).toBe(SVG_NS);
    const withNs = figureFile(chart.replace("<svg", `<svg xmlns="${SVG_NS}"`), "light");
    expect(withNs.match(/xmlns=/g)).toHaveLength(1);
  });

  test("keeps the chart's label and shapes, and writes each theme's colours in", () => {
    const light = figureFile(chart, "light");
    const dark = figureFile(chart, "dark");
    expect(figureLabel(light)).toBe("Political prisoners & releases");
    expect(root(light).querySelector("rect")).not.toBeNull();
    expect(light).not.toBe(dark);
  });

  test("gives the same file for the same chart and theme", () => {
    expect(figureFile(chart, "dark")).toBe(figureFile(chart, "dark"));
  });
});

describe("figureLabel(svg) and chapterFragment(steps)", () => {
  test("the label is the root's aria-label as text, or empty without one", () => {
    expect(figureLabel(chart)).toBe("Political prisoners & releases");
    expect(figureLabel("<svg></svg>")).toBe("");
    expect(figureLabel("<p>no chart</p>")).toBe("");
  });

  test("a fragment maps each step id to its two SVGs, exactly as given", () => {
    const steps = [
      { id: "one", svgs: { narrow: "<svg>n1</svg>", wide: '<svg a="&quot;">w1</svg>' } },
      { id: "two", svgs: { narrow: "<svg>n2</svg>", wide: "<svg>w2</svg>" } },
    ];
    expect(JSON.parse(chapterFragment(steps))).toEqual({ one: steps[0]!.svgs, two: steps[1]!.svgs });
    expect(chapterFragment([])).toBe("{}");
  });
});
