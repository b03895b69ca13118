import { describe, expect, test } from "vitest";
import { lineHeight, typeSize } from "../../../src/lib/charts/chartType.ts";
import { CHART_WIDTHS } from "../../../src/lib/charts/registry.ts";

/**
 * The floors of issue 15, as a reader sees them: 11 CSS px on a 360 px phone, where the narrow
 * drawing is shown in the 328 px text column, and 12 px on a desktop, where the wide one is shown
 * at its own width. test/site/phoneStage.test.ts measures the same in Chromium.
 */
const PHONE_COLUMN = 328;

describe("typeSize(width) and lineHeight(width)", () => {
  test("the phone drawing's words read at least 11 px in a 360 px phone's column", () => {
    expect(typeSize(CHART_WIDTHS.narrow) * (PHONE_COLUMN / CHART_WIDTHS.narrow)).toBeGreaterThanOrEqual(11);
  });

  test("the desktop drawing's words are at least 12 px", () => {
    expect(typeSize(CHART_WIDTHS.wide)).toBeGreaterThanOrEqual(12);
  });

  test("lines of words are set further apart than their size, at both widths", () => {
    for (const width of Object.values(CHART_WIDTHS)) {
      expect(lineHeight(width)).toBeGreaterThan(typeSize(width));
      expect(lineHeight(width)).toBeLessThan(2 * typeSize(width));
    }
  });
});
