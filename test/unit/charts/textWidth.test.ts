import { describe, expect, test } from "vitest";
import { AVERAGE_ADVANCE, CHART_FONTS, charsPerLine, textWidth } from "../../../src/lib/charts/textWidth.ts";

describe("the charts' one text measure", () => {
  test("is no narrower than any font of the page's stack, so a line fits in each", () => {
    for (const [name, font] of Object.entries(CHART_FONTS))
      expect(AVERAGE_ADVANCE, name).toBeGreaterThan(font.xWidthAvg / font.unitsPerEm);
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
