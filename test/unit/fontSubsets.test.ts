import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { makeSubset } from "../../scripts/subset-fonts.ts";
import {
  codePoints,
  CORE,
  LATIN_RANGE,
  REST,
  SUBSETS,
  subsetFile,
  unicodeRange,
  type Subset,
} from "../../scripts/lib/fontSubsets.ts";

const css = readFileSync("src/styles/fonts.css", "utf8");
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((match) => match[1]!);
const subsets = Object.keys(SUBSETS) as Subset[];

describe("the font subsets (src/fonts/, scripts/subset-fonts.ts)", () => {
  test("split @fontsource's Latin range in two, with nothing lost or doubled", () => {
    expect([...CORE, ...REST].sort((a, b) => a - b)).toEqual(codePoints(LATIN_RANGE).sort((a, b) => a - b));
    expect(CORE.filter((point) => REST.includes(point))).toEqual([]);
  });

  // HarfBuzz in WebAssembly takes a few seconds per file on a busy machine.
  test.each(subsets)("%s is what the script makes from the font package", { timeout: 60_000 }, async (subset) => {
    const committed = readFileSync(`src/fonts/${subsetFile(subset)}`);
    expect(Buffer.from(await makeSubset(subset)).equals(committed), subsetFile(subset)).toBe(true);
  });

  test("are each declared in fonts.css once, for weights 400 to 600 and exactly the characters they were cut to", () => {
    for (const subset of subsets) {
      const face = faces.filter((candidate) => candidate.includes(subsetFile(subset)));
      expect(face, subsetFile(subset)).toHaveLength(1);
      expect(face[0]).toMatch(/font-weight:\s*400 600;/);
      expect(/unicode-range:\s*([^;]+);/.exec(face[0]!)?.[1]?.replace(/\s+/g, " ").trim()).toBe(
        unicodeRange(SUBSETS[subset].points),
      );
    }
  });

  test("keep both weights the site uses in one file: the weight axis runs from 400 to 600", async () => {
    // A woff2's tables are compressed; the uncompressed subset's fvar table says the axis range.
    const { default: subsetFont } = await import("subset-font");
    const sfnt = await subsetFont(readFileSync(`src/fonts/${subsetFile("latin-core")}`), "a", {
      targetFormat: "sfnt",
    });
    const tables = new Map<string, number>();
    for (let i = 0; i < sfnt.readUInt16BE(4); i++)
      tables.set(sfnt.toString("latin1", 12 + i * 16, 16 + i * 16), sfnt.readUInt32BE(20 + i * 16));
    const fvar = tables.get("fvar");
    expect(fvar, "an fvar table").toBeDefined();
    // fvar's header: version (4 bytes), the axes' offset, reserved, then the number of axes.
    const axisOffset = fvar! + sfnt.readUInt16BE(fvar! + 4);
    const axes = sfnt.readUInt16BE(fvar! + 8);
    // An axis record: its tag, then its minimum, default and maximum as 16.16 fixed-point numbers.
    const fixed = (at: number) => sfnt.readInt32BE(at) / 65536;
    const wght = Array.from({ length: axes }, (_, i) => axisOffset + i * 20).find(
      (at) => sfnt.toString("latin1", at, at + 4) === "wght",
    );
    expect(wght, "a wght axis").toBeDefined();
    expect([fixed(wght! + 4), fixed(wght! + 12)]).toEqual([400, 600]);
  });
});
