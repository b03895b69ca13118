import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { makeSubset } from "../../scripts/subset-fonts.ts";
import {
  codePoints,
  CORE,
  LATIN_RANGE,
  LATIN_SUBSETS,
  REST,
  subsetFile,
  unicodeRange,
  WEIGHTS,
} from "../../scripts/lib/latinSubsets.ts";

const css = readFileSync("src/styles/fonts.css", "utf8");
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((match) => match[1]!);

describe("the Latin font subsets (src/fonts/, scripts/subset-fonts.ts)", () => {
  test("split @fontsource's Latin range in two, with nothing lost or doubled", () => {
    expect([...CORE, ...REST].sort((a, b) => a - b)).toEqual(codePoints(LATIN_RANGE).sort((a, b) => a - b));
    expect(CORE.filter((point) => REST.includes(point))).toEqual([]);
  });

  // HarfBuzz in WebAssembly takes a few seconds per weight on a busy machine.
  test.each(WEIGHTS)(
    "are, at weight %s, what the script makes from the font package",
    { timeout: 60_000 },
    async (weight) => {
      for (const subset of Object.keys(LATIN_SUBSETS) as (keyof typeof LATIN_SUBSETS)[]) {
        const committed = readFileSync(`src/fonts/${subsetFile(subset, weight)}`);
        expect(Buffer.from(await makeSubset(subset, weight)).equals(committed), subsetFile(subset, weight)).toBe(true);
      }
    },
  );

  test("are each declared in fonts.css for exactly the characters they were cut to", () => {
    for (const subset of Object.keys(LATIN_SUBSETS) as (keyof typeof LATIN_SUBSETS)[])
      for (const weight of WEIGHTS) {
        const face = faces.filter((candidate) => candidate.includes(subsetFile(subset, weight)));
        expect(face, subsetFile(subset, weight)).toHaveLength(1);
        expect(face[0]).toMatch(new RegExp(`font-weight:\\s*${weight};`));
        expect(/unicode-range:\s*([^;]+);/.exec(face[0]!)?.[1]?.replace(/\s+/g, " ").trim()).toBe(
          unicodeRange(LATIN_SUBSETS[subset]),
        );
      }
  });
});
