import { describe, expect, test } from "vitest";
import { countryName } from "../../../src/lib/data/countryNames.ts";

describe("countryName(iso3, locale, english)", () => {
  test("names a country in Belarusian and Russian from the kept ISO lists, not from typed names", () => {
    expect(countryName("LTU", "be", "Lithuania")).toBe("Літва");
    expect(countryName("LTU", "ru", "Lithuania")).toBe("Литва");
    expect(countryName("POL", "ru", "Poland")).toBe("Польша");
  });

  test("keeps the data's English name for a code the lists do not know", () => {
    expect(countryName("ZZZ", "be", "Nowhere")).toBe("Nowhere");
  });
});
