import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { ChartContext } from "../../../src/lib/charts/chartDefinition.ts";
import { figureFiles, stepFigures } from "../../../src/lib/story/stepFigures.ts";
import { frozenChapters, frozenChartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

// The figures are drawn through the artefact cache; it is kept in a folder of this test's own.
const cache = mkdtempSync(join(tmpdir(), "step-figures-"));
beforeAll(() => vi.stubEnv("EXILE_CACHE_DIR", cache));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(cache, { recursive: true, force: true });
});

const chapters = frozenChapters("be").filter((chapter) => chapter.graphic === "political-prisoners");
const contexts = new Map<string, ChartContext>([
  ["political-prisoners", frozenChartContext("political-prisoners", "be")],
]);

describe("stepFigures(chapters, contexts, data, folder)", () => {
  test("draws every step of a chapter with a chart, in order, with its files in the edition's folder", () => {
    const figures = stepFigures(chapters, contexts, frozenData, "/be/figures/");
    const ids = chapters.flatMap((chapter) => chapter.steps.map((step) => `${chapter.slug}-${step.id}`));
    expect(figures.map((figure) => figure.id)).toEqual(ids);
    for (const figure of figures) {
      expect(figure.urls.wide.dark).toBe(`/be/figures/${figure.id}-wide-dark.svg`);
      expect(figure.urls.narrow.light).toBe(`/be/figures/${figure.id}-narrow-light.svg`);
      // The image's alt text is the chart's own accessible name, in the edition's words.
      expect(figure.svgs.wide).toContain(`aria-label="${figure.label}"`);
      expect(figure.sizes.narrow.width).toBeLessThan(figure.sizes.wide.width);
    }
  });

  test("leaves out chapters that draw no chart", () => {
    const prose = frozenChapters("be").filter((chapter) => !chapter.graphic);
    expect(prose.length).toBeGreaterThan(0);
    expect(stepFigures(prose, contexts, frozenData, "/be/figures/")).toEqual([]);
  });
});

describe("figureFiles(figures)", () => {
  test("lists four images a step and one fragment a chapter, each fragment with its own chapter's figures", () => {
    const figures = stepFigures(chapters, contexts, frozenData, "/figures/");
    const files = figureFiles(figures);
    expect(files.filter((file) => file.route.kind === "image")).toHaveLength(figures.length * 4);
    const fragments = files.filter((file) => file.route.kind === "fragment");
    expect(fragments.map((file) => file.file)).toEqual(chapters.map((chapter) => `${chapter.slug}.json`));
    for (const { route } of fragments)
      if (route.kind === "fragment") expect(new Set(route.figures.map((figure) => figure.chapter)).size).toBe(1);
    expect(new Set(files.map((file) => file.file)).size).toBe(files.length);
  });
});
