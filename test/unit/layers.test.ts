import { readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { walk } from "../../src/lib/files/walk.ts";

/**
 * The layers of src/ and, for each, the layers it may import from besides its own folder. Data
 * flows one way: data → charts → story, embeds and tables → pages, with build-only concerns (the
 * disk cache, PNGs, styles written into files) in build/, which the pure layers below never
 * import. A module that needs something from a layer not listed here is in the wrong place, or
 * the thing it needs is: move it down a layer rather than adding an arrow.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  "lib/files": [],
  "lib/i18n": [],
  "lib/security": [],
  "lib/scrolly": [],
  "lib/data": ["lib/i18n", "lib/files"],
  "lib/timeline": ["lib/data", "lib/i18n"],
  "lib/charts": ["lib/data", "lib/timeline", "lib/i18n"],
  "lib/tables": ["lib/data", "lib/i18n"],
  "lib/build": ["lib/charts", "lib/data", "lib/i18n", "lib/files"],
  "lib/story": ["lib/build", "lib/charts", "lib/data", "lib/timeline", "lib/i18n"],
  // An embed is a view of a story step, so embeds read the story's names; never the reverse.
  "lib/embeds": ["lib/story", "lib/build", "lib/charts", "lib/data", "lib/timeline", "lib/i18n"],
  // The public record of data changes (the Atom feed) is read from the data layer's history.
  "lib/updates": ["lib/data", "lib/i18n"],
  // An edition gathers the story, its embeds and figures for one language; only pages read it.
  "lib/edition": [
    "lib/embeds",
    "lib/story",
    "lib/tables",
    "lib/build",
    "lib/charts",
    "lib/data",
    "lib/timeline",
    "lib/i18n",
  ],
};

/** The pages, their components and the build's integrations: the top, which may import any layer. */
const TOP = ["components", "layouts", "pages", "integrations", "content.config.ts"];

/** The layer of a path relative to the repository: "lib/charts", "top", "scripts" or undefined. */
function layerOf(path: string): string | undefined {
  const parts = normalize(path).split(/[\\/]/);
  if (parts[0] === "scripts") return "scripts";
  if (parts[0] !== "src") return undefined;
  if (parts[1] === "lib") return `lib/${parts[2]}`;
  return TOP.includes(parts[1] ?? "") ? "top" : undefined;
}

/** Every relative module specifier a source file imports or re-exports, statically or dynamically. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:^|[\s;])(?:import|export)\s[^"';]*?from\s*["'](\.[^"']+)["']|(?:^|[\s;(])import\s*\(?\s*["'](\.[^"']+)["']/gm;
  for (const match of source.matchAll(pattern)) found.push((match[1] ?? match[2])!);
  return found;
}

/** Each import in `files` that runs against the layers, as "<file> → <imported file>". */
function layerViolations(files: readonly { path: string; source: string }[]): string[] {
  const problems: string[] = [];
  for (const { path, source } of files) {
    const from = layerOf(path);
    if (from === undefined) continue;
    for (const specifier of importsOf(source)) {
      const target = join(dirname(path), specifier);
      const to = layerOf(target);
      if (to === undefined || to === from) continue;
      const allowed = to !== "scripts" && (from === "top" || (to !== "top" && MAY_IMPORT[from]?.includes(to) === true));
      if (!allowed) problems.push(`${path} (${from}) → ${target} (${to})`);
    }
  }
  return problems;
}

describe("the layers of src/", () => {
  test("no import runs back up the path, and nothing under src/ imports from scripts/", () => {
    const files = walk("src")
      .filter((path) => /\.(ts|astro|mjs)$/.test(path))
      .map((path) => ({ path: relative(".", path), source: readFileSync(path, "utf8") }));
    expect(files.length).toBeGreaterThan(50);
    expect(layerViolations(files)).toEqual([]);
  });

  test("every folder of src/lib has a place in the layers", () => {
    const folders = new Set(walk("src/lib").map((path) => layerOf(relative(".", path))));
    for (const folder of folders) expect(Object.keys(MAY_IMPORT)).toContain(folder);
  });

  test("flags an import that runs back up, a cycle between story and embeds and a reach into scripts", () => {
    const bad = [
      { path: "src/lib/data/figures.ts", source: 'import { charts } from "../charts/registry.ts";' },
      {
        path: "src/lib/charts/exileGeometry.ts",
        source: 'import { cachedArtefact } from "../build/artefactCache.ts";',
      },
      { path: "src/lib/story/figureFiles.ts", source: 'export { svgSize } from "../embeds/snippet.ts";' },
      { path: "src/lib/tables/x.ts", source: 'const csv = await import("../embeds/drawnCsv.ts");' },
      {
        path: "src/integrations/securityHeaders.ts",
        source: 'import { walk } from "../../scripts/lib/thirdParty.ts";',
      },
      { path: "src/lib/charts/pointFocus.ts", source: 'import "../../components/ExileNotes.astro";' },
    ];
    expect(layerViolations(bad)).toHaveLength(bad.length);
    const good = [
      { path: "src/lib/embeds/editionEmbeds.ts", source: 'import { chapterSlug } from "../story/chapterSchema.ts";' },
      {
        path: "src/lib/charts/exileMap.ts",
        source: 'import { z } from "astro/zod";\nimport { fill } from "../i18n/format.ts";',
      },
      { path: "src/pages/embed/[id].astro", source: 'import { embedPaths } from "../../lib/embeds/editionEmbeds.ts";' },
    ];
    expect(layerViolations(good)).toEqual([]);
  });

  test("reads static, side-effect, re-exported and dynamic imports, and ignores packages", () => {
    const source = [
      'import { a } from "./a.ts";',
      'import type { B } from "../b.ts";',
      'import "../styles/c.css";',
      'export { d } from "./d.ts";',
      'const e = () => import("./e.client.ts");',
      'import { z } from "astro/zod";',
    ].join("\n");
    expect(importsOf(source)).toEqual(["./a.ts", "../b.ts", "../styles/c.css", "./d.ts", "./e.client.ts"]);
  });
});
