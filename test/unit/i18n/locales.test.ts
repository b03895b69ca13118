import { describe, expect, test } from "vitest";
import { editionOf, localePrefix, pathInEdition } from "../../../src/lib/i18n/locales.ts";

describe("editionOf(path) and pathInEdition(path)", () => {
  test("read the edition from a path's prefix, English at the root", () => {
    expect(["/", "/events/", "/embed/timeline/", "/be/", "/ru/embed/exile-map/"].map(editionOf)).toEqual([
      "en",
      "en",
      "en",
      "be",
      "ru",
    ]);
  });

  test("give the path as English has it, so a rule for /embed/ holds in every edition", () => {
    expect(pathInEdition("/be/embed/timeline/")).toBe("/embed/timeline/");
    expect(pathInEdition("/ru/")).toBe("/");
    expect(pathInEdition("/events/")).toBe("/events/");
    // Only a whole prefix counts: a page whose name starts with an edition's code is English.
    expect(editionOf("/berlin/")).toBe("en");
    expect(pathInEdition("/berlin/")).toBe("/berlin/");
  });

  test("undo localePrefix for every edition", () => {
    for (const locale of ["en", "be", "ru"] as const)
      expect(pathInEdition(`${localePrefix(locale)}embed/a/`)).toBe("/embed/a/");
  });
});
