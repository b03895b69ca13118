/**
 * `npm run fonts:subset`: writes the IBM Plex Sans files in src/fonts/ from the
 * @fontsource-variable/ibm-plex-sans files (scripts/lib/fontSubsets.ts says which characters each
 * holds and why one file carries both weights), with subset-font (HarfBuzz's hb-subset). It keeps
 * the weight axis from 400 to 600, and of the font's OpenType features those a browser applies by
 * default (kerning, ligatures, marks) and the figure styles the site asks for (tabular numbers in
 * tables); stylistic sets, fractions and the like, which no page uses, are dropped, and with them
 * a fifth of the bytes. Run it after changing the subsets or updating the font package, then copy
 * the unicode-range it prints into fonts.css; test/unit/fontSubsets.test.ts checks both.
 *
 * The files are committed rather than made at every build: they change only with the character
 * list or the font package, and the build needs no WebAssembly step or cache for them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import subsetFont from "subset-font";
import { SUBSETS, subsetFile, unicodeRange, WEIGHT_RANGE, type Subset } from "./lib/fontSubsets.ts";

/** The OpenType features kept: the browser's defaults, and the number styles CSS may ask for. */
const FEATURES = ["ccmp", "locl", "mark", "mkmk", "kern", "liga", "clig", "calt", "rlig", "tnum", "pnum", "lnum"];

const require = createRequire(import.meta.url);

/** One subset, with the weights from 400 to 600, as woff2 bytes. */
export async function makeSubset(subset: Subset) {
  const { source, points } = SUBSETS[subset];
  const font = readFileSync(
    require.resolve(`@fontsource-variable/ibm-plex-sans/files/ibm-plex-sans-${source}-wght-normal.woff2`),
  );
  return subsetFont(font, String.fromCodePoint(...points), {
    targetFormat: "woff2",
    keepFeatures: FEATURES,
    variationAxes: { wght: WEIGHT_RANGE },
  });
}

if (import.meta.main) {
  for (const subset of Object.keys(SUBSETS) as Subset[]) {
    const bytes = await makeSubset(subset);
    writeFileSync(`src/fonts/${subsetFile(subset)}`, bytes);
    process.stdout.write(`src/fonts/${subsetFile(subset)}: ${bytes.length} B\n`);
    process.stdout.write(`${subset} unicode-range: ${unicodeRange(SUBSETS[subset].points)}\n`);
  }
}
