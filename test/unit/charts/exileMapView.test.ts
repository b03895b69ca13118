import { describe, expect, test } from "vitest";
import { sharedGeometry } from "../../../src/lib/charts/exileGeometry.ts";
import { BELARUS } from "../../../src/lib/charts/exileMapPlacement.ts";
import { viewBox } from "../../../src/lib/charts/exileMapView.ts";

const geometry = sharedGeometry();

describe("viewBox(geometry, focus, ratio)", () => {
  test("a step's view holds its focus countries and Belarus, in the figure's shape", () => {
    const [x, y, w, h] = viewBox(geometry, ["268"], 0.72);
    expect(h / w).toBeCloseTo(0.72, 2);
    for (const id of ["268", BELARUS]) {
      const [[x0, y0], [x1, y1]] = geometry.countries.find((country) => country.id === id)!.bounds;
      expect(x0).toBeGreaterThanOrEqual(x);
      expect(y0).toBeGreaterThanOrEqual(y);
      expect(x1).toBeLessThanOrEqual(x + w);
      expect(y1).toBeLessThanOrEqual(y + h);
    }
    // With no focus the whole frame is shown.
    const whole = viewBox(geometry, [], geometry.height / geometry.width);
    expect(whole).toEqual([0, 0, geometry.width, geometry.height]);
  });
});
