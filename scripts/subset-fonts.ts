/**
 * `npm run fonts:subset`: writes the IBM Plex Sans Latin subsets in src/fonts/ from the
 * @fontsource/ibm-plex-sans files (scripts/lib/latinSubsets.ts says which characters each
 * holds), with subset-font (HarfBuzz's hb-subset). Of the font's OpenType features it keeps those
 * a browser applies by default (kerning, ligatures, marks) and the figure styles the site asks for
 * (tabular numbers in tables); stylistic sets, fractions and the like, which no page uses, are
 * dropped, and with them a fifth of the bytes. Hinting is kept, for Windows screens. Run it after changing the subsets or updating @fontsource/ibm-plex-sans, then copy
 * the unicode-range it prints into fonts.css; test/unit/fontSubsets.test.ts checks both.
 *
 * The files are committed rather than made at every build: they change only with the character
 * list or the font package, and the build needs no WebAssembly step or cache for them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import subsetFont from "subset-font";
import { LATIN_SUBSETS, subsetFile, unicodeRange, WEIGHTS } from "./lib/latinSubsets.ts";

/** The OpenType features kept: the browser's defaults, and the number styles CSS may ask for. */
const FEATURES = ["ccmp", "locl", "mark", "mkmk", "kern", "liga", "clig", "calt", "rlig", "tnum", "pnum", "lnum"];

const require = createRequire(import.meta.url);

/** One subset of one weight, as woff2 bytes. */
export async function makeSubset(subset: keyof typeof LATIN_SUBSETS, weight: (typeof WEIGHTS)[number]) {
  const source = readFileSync(
    require.resolve(`@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-${weight}-normal.woff2`),
  );
  return subsetFont(source, String.fromCodePoint(...LATIN_SUBSETS[subset]), {
    targetFormat: "woff2",
    keepFeatures: FEATURES,
  });
}

if (import.meta.main) {
  for (const subset of Object.keys(LATIN_SUBSETS) as (keyof typeof LATIN_SUBSETS)[]) {
    for (const weight of WEIGHTS) {
      const bytes = await makeSubset(subset, weight);
      writeFileSync(`src/fonts/${subsetFile(subset, weight)}`, bytes);
      process.stdout.write(`src/fonts/${subsetFile(subset, weight)}: ${bytes.length} B\n`);
    }
    process.stdout.write(`${subset} unicode-range: ${unicodeRange(LATIN_SUBSETS[subset])}\n`);
  }
}
