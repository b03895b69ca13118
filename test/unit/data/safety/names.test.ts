import { describe, expect, test } from "vitest";
import { namesIn } from "../../../../src/lib/data/safety/names.ts";

describe("namesIn(text, listed)", () => {
  test("finds known given names with a surname, and not places or organisations", () => {
    expect(namesIn("Maryia Kalesnikava tore up her passport near Minsk City Court", [])).toEqual(["Maryia Kalesnikava"]);
    expect(namesIn("Sviatlana Tsikhanouskaya's office in Vilnius", [])).toEqual(["Sviatlana Tsikhanouskaya"]);
    expect(namesIn("Keith Kellogg visited Minsk", ["Keith Kellogg"])).toEqual(["Keith Kellogg"]);
    expect(namesIn("The Belarusian Association of Journalists and Human Rights Centre Viasna", [])).toEqual([]);
  });
});

describe("namesIn(text, listed): the limits of what it finds", () => {
  test("learns given names from the list, but only capitalised ones", () => {
    expect(namesIn("Keith Kellogg visited", [])).toEqual([]);
    expect(namesIn("Keith Kellogg visited", ["keith Kellogg"])).toEqual([]);
  });

  test("finds a hyphenated surname whole and joins the words with one space", () => {
    expect(namesIn("Volha   Kavalkova-Smith spoke", [])).toEqual(["Volha Kavalkova-Smith"]);
  });

  test("does not find a given name inside a longer word, or one with no surname after it", () => {
    expect(namesIn("Ivanova Street", [])).toEqual([]);
    expect(namesIn("Ihar was detained", [])).toEqual([]);
    expect(namesIn("Ihar lowercase", [])).toEqual([]);
  });

  test("finds every name in the text, in order", () => {
    expect(namesIn("Ihar Losik, then Ales Bialiatski, then Ihar Losik", [])).toEqual([
      "Ihar Losik",
      "Ales Bialiatski",
      "Ihar Losik",
    ]);
  });

  test("misses, as documented, a surname first, an initial, and Cyrillic", () => {
    expect(namesIn("Bialiatski Ales; A. Bialiatski; Алесь Бяляцкі", [])).toEqual([]);
  });
});
