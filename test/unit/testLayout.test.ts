import { globSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, test } from "vitest";

/**
 * Issue 13: "each src/lib module with logic has its own <module>.test.ts named like it". A module
 * may go without one only if it is listed here with its reason: it has no logic of its own (types,
 * schemas, constants, one-line wrappers), or it only runs inside Astro or a real browser and the
 * site tests cover it.
 */
const withoutLogic: Record<string, string> = {
  // Types, constants and zod schemas only: the schemas are exercised through validateCsv and chapterSchema.
  "src/lib/charts/chartCopySchema.ts": "a zod schema for chart copy, no code of its own",
  "src/lib/charts/chartDefinition.ts": "types of a chart definition and context",
  "src/lib/charts/exileMapLayout.ts": "layout constants, and one-line aspect, type and rounding helpers",
  "src/lib/charts/exileMapState.ts": "the exile map's zod state schema",
  "src/lib/charts/exileMapTypes.ts": "types of the exile map's join and view",
  "src/lib/charts/politicalPrisonersState.ts": "the political-prisoners chart's zod state schema",
  "src/lib/charts/repressionAbroadState.ts": "the repression-abroad chart's zod state schema",
  "src/lib/charts/timelineLayout.ts": "layout constants, one-line sizes by width and a one-line date constructor",
  "src/lib/charts/timelineState.ts": "the timeline's zod state schema",
  "src/lib/charts/timelineTypes.ts": "types of the timeline chart",
  "src/lib/data/dataset.ts": "the Dataset type and an identity helper",
  "src/lib/data/datasets.ts": "the one list of datasets, re-exported",
  "src/lib/embeds/embedMessage.ts": "one constant, the embeds' message type; resizer and embedPage tests use it",
  "src/lib/data/schemas/countryCodes.ts": "a zod column schema; validateCsv tests cover it",
  "src/lib/data/schemas/emigration-estimates.ts": "a zod dataset schema; validateCsv tests cover it",
  "src/lib/data/schemas/exile-destinations.ts": "a zod dataset schema; validateCsv tests cover it",
  "src/lib/data/schemas/exile-hubs.ts": "a zod dataset schema; validateCsv and realData tests cover it",
  "src/lib/data/schemas/people.ts": "a zod dataset schema; the checkSafety and validateDataDir tests cover it",
  "src/lib/data/schemas/political-prisoners.ts": "a zod dataset schema; validateCsv tests cover it",
  "src/lib/data/schemas/prosecutions.ts": "a zod dataset schema; realData tests cover it",
  "src/lib/data/schemas/releases.ts": "a zod dataset schema; validateCsv tests cover it",
  "src/lib/i18n/uiSchema.ts": "the zod schema of the UI copy",
  // Glue to astro:content, which exists only inside an Astro build; the site tests cover it.
  "src/lib/data/csvLoader.ts":
    "the data collections' Astro loader: it needs Astro's loader context; validateDataDir.test covers its checks, the site builds its failure",
  "src/lib/data/loadStoryData.ts": "reads the data collections through astro:content",
  "src/lib/edition/loadEdition.ts":
    "reads an edition's copy through astro:content and hands it to tested pure modules (editionEmbeds, stepFigures)",
  // Browser glue that needs a real browser (scrolling, layout, animation frames). Its decisions live
  // in tested modules (pointFocus, activeStep, eventFilter); the site tests drive the glue in Chromium.
  "src/lib/charts/exileMap.client.ts": "browser glue; the site tests drive it in Chromium",
  "src/lib/charts/politicalPrisoners.client.ts": "one line handing each SVG to pointFocus",
  "src/lib/charts/timeline.client.ts": "one line handing each SVG to pointFocus",
  "src/lib/scrolly/mountScrolly.ts": "browser glue; activeStep.ts holds its logic, the site tests drive it",
  "src/lib/timeline/mountEventFilter.ts": "browser glue; the site tests drive it in Chromium",
  // One-line wrappers.
  "src/lib/charts/renderToString.ts": "parses an empty linkedom document and returns outerHTML",
  "src/lib/data/dataRecord.ts": "joins dataHistory and dataVersion, each tested on its own",
};

/** Every module in `modules` with no test named `<module>.test.ts` among `tests`. */
export function untested(modules: readonly string[], tests: readonly string[]): string[] {
  const named = new Set(tests.map((test) => basename(test, ".test.ts")));
  return modules.filter((module) => !named.has(basename(module, ".ts"))).sort();
}

/** The modules that break the rule: untested and not allow-listed. */
export function breaches(modules: readonly string[], tests: readonly string[]): string[] {
  return untested(modules, tests).filter((module) => !(module in withoutLogic));
}

const modules = globSync("src/lib/**/*.ts").map((path) => path.replaceAll("\\", "/"));
const tests = globSync("test/unit/**/*.test.ts").map((path) => path.replaceAll("\\", "/"));

describe("every src/lib module with logic has its own <module>.test.ts", () => {
  test("each module without a same-named test is listed with the reason it has no logic", () => {
    expect(breaches(modules, tests)).toEqual([]);
  });

  test("every listed module exists and is still without a test, so the list stays true", () => {
    const missing = untested(modules, tests);
    for (const module of Object.keys(withoutLogic)) {
      expect(modules, `${module} is listed but does not exist`).toContain(module);
      expect(missing, `${module} is listed but now has a test: remove it from the list`).toContain(module);
    }
  });

  test("every allow-listed module gives a reason", () => {
    for (const [module, reason] of Object.entries(withoutLogic)) expect(reason.trim(), module).not.toBe("");
  });

  test("a new logic module without a test fails the check", () => {
    const fakeModules = [...modules, "src/lib/charts/newFeature.ts"];
    expect(breaches(fakeModules, tests)).toEqual(["src/lib/charts/newFeature.ts"]);
    expect(breaches(fakeModules, [...tests, "test/unit/charts/newFeature.test.ts"])).toEqual([]);
  });

  test("a test counts wherever it sits under test/unit, and only by its exact module name", () => {
    expect(untested(["src/lib/a/foo.ts"], ["test/unit/b/foo.test.ts"])).toEqual([]);
    expect(untested(["src/lib/a/foo.ts"], ["test/unit/a/fooBar.test.ts"])).toEqual(["src/lib/a/foo.ts"]);
  });
});
