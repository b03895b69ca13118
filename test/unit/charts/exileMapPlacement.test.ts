import { describe, expect, test } from "vitest";
import { sharedGeometry } from "../../../src/lib/charts/exileGeometry.ts";
import { placeCountries } from "../../../src/lib/charts/exileMapPlacement.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const geometry = sharedGeometry();

describe("placeCountries(rows, geometry, metric)", () => {
  test("aggregate rows, which have no country code, are never drawn", () => {
    const places = placeCountries(frozenData.exileDestinations, geometry, "first_permits_issued").placed;
    expect(places.every((place) => /^[A-Z]{3}$/.test(place.iso3))).toBe(true);
    expect(places.map((place) => place.country)).not.toContain("European Union (aggregate)");
  });
});
