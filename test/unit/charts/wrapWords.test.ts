import { describe, expect, test } from "vitest";
import { wrap } from "../../../src/lib/charts/wrapWords.ts";

describe("wrap(text, maxChars, maxLines)", () => {
  test("breaks at spaces and ends a cut text with an ellipsis", () => {
    expect(wrap("one two three four", 9, 3)).toEqual(["one two", "three", "four"]);
    expect(wrap("one two three four", 9, 2)).toEqual(["one two", "three…"]);
  });
});
