import { readFileSync } from "node:fs";
import arial from "@capsizecss/metrics/arial";
import plex from "@capsizecss/metrics/iBMPlexSans";
import { describe, expect, test } from "vitest";

const css = readFileSync("src/styles/fonts.css", "utf8");
const fallbacks = [...css.matchAll(/@font-face\s*{([^}]*IBM Plex Sans Fallback[^}]*)}/g)].map((match) => match[1]!);
const percent = (face: string, property: string) => Number(new RegExp(`${property}:\\s*([\\d.]+)%`).exec(face)?.[1]);

describe("the fallback for IBM Plex Sans (src/styles/fonts.css)", () => {
  // Average character widths, as shares of the em, weighted by letter frequency in English text.
  const sizeAdjust = plex.xWidthAvg / plex.unitsPerEm / (arial.xWidthAvg / arial.unitsPerEm);

  test("scales Arial to Plex's average character width, and uses Plex's ascent and descent", () => {
    expect(fallbacks).toHaveLength(2);
    for (const face of fallbacks) {
      expect(percent(face, "size-adjust") / 100).toBeCloseTo(sizeAdjust, 3);
      expect(percent(face, "ascent-override") / 100).toBeCloseTo(plex.ascent / plex.unitsPerEm / sizeAdjust, 3);
      expect(percent(face, "descent-override") / 100).toBeCloseTo(-plex.descent / plex.unitsPerEm / sizeAdjust, 3);
      expect(percent(face, "line-gap-override")).toBe(0);
      expect(face).toMatch(/local\("Arial/);
    }
  });
});
