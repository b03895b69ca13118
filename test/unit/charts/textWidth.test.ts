import plex from "@capsizecss/metrics/iBMPlexSans";
import { describe, expect, test } from "vitest";
import { AVERAGE_ADVANCE, charsPerLine, textWidth } from "../../../src/lib/charts/textWidth.ts";

describe("the charts' one text measure", () => {
  test("is no narrower than IBM Plex Sans or DejaVu Sans, so a line fits in either", () => {
    expect(AVERAGE_ADVANCE).toBeGreaterThan(plex.xWidthAvg / plex.unitsPerEm);
    expect(AVERAGE_ADVANCE).toBeGreaterThan(1041 / 2048);
    // Far wider would wrap lines that fit, wasting a phone's width.
    expect(AVERAGE_ADVANCE).toBeLessThan(0.6);
  });

  test("grows with the text and the font size", () => {
    expect(textWidth("Vilnius", 11)).toBeCloseTo(7 * 11 * AVERAGE_ADVANCE, 6);
    expect(textWidth("Białystok", 12)).toBeGreaterThan(textWidth("Białystok", 11));
    expect(textWidth("", 12)).toBe(0);
  });

  test("fits as many characters in a width as textWidth says fit, and not one more", () => {
    for (const [width, size] of [
      [332, 12],
      [584, 12],
      [151, 11],
    ] as const) {
      const count = charsPerLine(width, size);
      expect(textWidth("x".repeat(count), size)).toBeLessThanOrEqual(width);
      expect(textWidth("x".repeat(count + 1), size)).toBeGreaterThan(width);
    }
  });
});
