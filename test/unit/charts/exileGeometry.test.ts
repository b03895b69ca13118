import { describe, expect, test } from "vitest";
import { MAP_SPACE_WIDTH, mapGeometry, mapProjection, sharedGeometry } from "../../../src/lib/charts/exileGeometry.ts";

const geometry = sharedGeometry();
const byId = new Map(geometry.countries.map((country) => [country.id, country]));

describe("the exile map's geometry", () => {
  test("spans the map's coordinate space, wider than tall", () => {
    expect(geometry.width).toBe(MAP_SPACE_WIDTH);
    expect(geometry.height).toBeGreaterThan(0.5 * MAP_SPACE_WIDTH);
    expect(geometry.height).toBeLessThan(MAP_SPACE_WIDTH);
  });

  test("holds the countries of the frame, Israel and Georgia included, and none far outside it", () => {
    for (const id of ["112", "616", "440", "428", "804", "643", "268", "376", "276", "826"])
      expect(byId.has(id)).toBe(true);
    // The United States, Brazil and Australia lie wholly outside the frame: the page never receives them.
    for (const id of ["840", "076", "036"]) expect(byId.has(id)).toBe(false);
  });

  test("anchors each country inside its own bounds, and every bound inside the frame", () => {
    for (const country of geometry.countries) {
      const [[x0, y0], [x1, y1]] = country.bounds;
      expect(x0, country.id).toBeLessThanOrEqual(x1);
      expect(y0, country.id).toBeLessThanOrEqual(y1);
      expect(x0).toBeGreaterThanOrEqual(-1);
      expect(x1).toBeLessThanOrEqual(MAP_SPACE_WIDTH + 1);
      expect(country.d.length).toBeGreaterThan(0);
    }
    const belarus = byId.get("112")!;
    const [[x0, y0], [x1, y1]] = belarus.bounds;
    expect(belarus.anchor[0]).toBeGreaterThan(x0);
    expect(belarus.anchor[0]).toBeLessThan(x1);
    expect(belarus.anchor[1]).toBeGreaterThan(y0);
    expect(belarus.anchor[1]).toBeLessThan(y1);
  });

  test("projects with Belarus near the middle and the west to its left, as the shapes are drawn", () => {
    const projection = mapProjection();
    const minsk = projection([27.56, 53.9])!;
    const warsaw = projection([21.01, 52.23])!;
    expect(Math.abs(minsk[0] - MAP_SPACE_WIDTH / 2)).toBeLessThan(MAP_SPACE_WIDTH / 4);
    expect(warsaw[0]).toBeLessThan(minsk[0]);
    const belarus = byId.get("112")!;
    expect(minsk[0]).toBeGreaterThan(belarus.bounds[0][0]);
    expect(minsk[0]).toBeLessThan(belarus.bounds[1][0]);
  });

  test("is the same on every call, and computed once per process", () => {
    expect(mapGeometry()).toEqual(geometry);
    expect(sharedGeometry()).toBe(geometry);
  });
});
