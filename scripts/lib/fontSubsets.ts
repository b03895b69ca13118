/**
 * The IBM Plex Sans files the site serves (scripts/subset-fonts.ts, fonts.css), each cut from
 * @fontsource-variable/ibm-plex-sans's variable font with its weight axis held to the two weights
 * the site uses (400 for text, 600 for headings, bold and chart labels). One file per subset holds
 * both weights: a page that shows both, as every page does, makes one request per script rather
 * than two, and 400–600 of the axis weighs about three quarters of two static files (18.0 KB
 * against 24.3 KB for the Latin core, 21.9 KB against 29.8 KB for Cyrillic).
 *
 * The Latin range is split in two: a small "core" with the characters English copy is set in,
 * which every page preloads, and the "rest" of @fontsource's Latin range (accented letters for
 * names, rarer punctuation), which a browser fetches only for a page that shows one of them.
 * Together they cover exactly @fontsource's Latin range, so no character loses the font. Latin
 * Extended (Belarusian Łacinka) and Cyrillic (Belarusian and Russian) keep @fontsource's ranges.
 */

/** @fontsource's unicode-range for its Latin files, as in its own CSS. */
export const LATIN_RANGE =
  "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD";
/** @fontsource's unicode-range for its Latin Extended files. */
export const LATIN_EXT_RANGE =
  "U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF";
/** @fontsource's unicode-range for its Cyrillic files. */
export const CYRILLIC_RANGE = "U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116";

/** The code points a unicode-range descriptor lists, in order. */
export function codePoints(range: string): number[] {
  return range.split(",").flatMap((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, "").split("-") as [string, string?];
    const start = Number.parseInt(from, 16);
    return Array.from({ length: Number.parseInt(to, 16) - start + 1 }, (_, i) => start + i);
  });
}

/** A unicode-range descriptor for a set of code points, with runs written as ranges. */
export function unicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const hex = (point: number) => point.toString(16).toUpperCase().padStart(4, "0");
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/**
 * The core: printable ASCII, the no-break and thin spaces, and the typographic marks the English
 * copy, its figures and its charts use (dashes, curly quotes, bullet, ellipsis, middle dot, the
 * charts' ↑ and minus sign), plus a few that numbers and dates need (°, ×, €).
 */
export const CORE = [
  ...codePoints("U+0020-007E"),
  ...codePoints(
    "U+00A0, U+00A9, U+00AB, U+00B0, U+00B7, U+00BB, U+00D7, U+2009, U+2011, U+2013-2014, U+2018-2019, U+201C-201E, U+2022, U+2026, U+202F, U+2032-2033, U+20AC, U+2191, U+2193, U+2212",
  ),
];

/** Everything else in @fontsource's Latin range. */
export const REST = codePoints(LATIN_RANGE).filter((point) => !CORE.includes(point));

/**
 * The subsets by name, as the files in src/fonts/ are named: the @fontsource file each is cut
 * from, and the characters it keeps.
 */
export const SUBSETS = {
  "latin-core": { source: "latin", points: CORE },
  "latin-rest": { source: "latin", points: REST },
  "latin-ext": { source: "latin-ext", points: codePoints(LATIN_EXT_RANGE) },
  cyrillic: { source: "cyrillic", points: codePoints(CYRILLIC_RANGE) },
} as const;
export type Subset = keyof typeof SUBSETS;

/** The part of the weight axis each file keeps: the site's text and heading weights. */
export const WEIGHT_RANGE = { min: 400, max: 600 } as const;

/** A subset file's name in src/fonts/. */
export const subsetFile = (subset: Subset) => `ibm-plex-sans-${subset}-400-600-normal.woff2`;
