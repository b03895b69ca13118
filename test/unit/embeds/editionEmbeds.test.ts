import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { ChartContext } from "../../../src/lib/charts/chartDefinition.ts";
import { chartIds } from "../../../src/lib/charts/registry.ts";
import { editionEmbeds } from "../../../src/lib/embeds/editionEmbeds.ts";
import { frozenChapters, frozenChartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

// The embeds' charts are drawn through the artefact cache; it is kept in a folder of this test's own.
const cache = mkdtempSync(join(tmpdir(), "edition-embeds-"));
beforeAll(() => vi.stubEnv("EXILE_CACHE_DIR", cache));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(cache, { recursive: true, force: true });
});

describe("editionEmbeds(edition)", () => {
  test("gives each embed of an edition its page, snippet and story link inside that edition", () => {
    const contexts = new Map<string, ChartContext>(chartIds.map((id) => [id, frozenChartContext(id, "ru")]));
    const views = editionEmbeds({
      chapters: frozenChapters("ru"),
      contexts,
      data: frozenData,
      ui: contexts.get("timeline")!.ui,
      storyTitle: "История",
      site: "https://example.org/",
      url: (path) => `/ru/${path}`,
    });
    expect(views.length).toBeGreaterThan(chartIds.length);
    expect(new Set(views.map((view) => view.id)).size).toBe(views.length);
    for (const view of views) {
      expect(view.path).toBe(`/ru/embed/${view.id}/`);
      expect(view.storyPath).toBe("/ru/");
      expect(view.snippet).toContain(`src="https://example.org/ru/embed/${view.id}/"`);
      expect(view.snippet).toContain(`height="${view.height}"`);
      // The chart is drawn in the edition's words: its title is the Russian copy's.
      expect(view.title).toBe(contexts.get(view.chart)!.copy.title);
      expect(view.svgs.wide).toContain("<svg");
    }
  });
});
