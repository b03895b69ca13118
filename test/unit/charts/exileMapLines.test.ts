import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { LINE } from "../../../src/lib/charts/exileMapLayout.ts";
import { wrapText } from "../../../src/lib/charts/exileMapLines.ts";
import { svgMaker } from "../../../src/lib/charts/svgElement.ts";
import { charsPerLine } from "../../../src/lib/charts/textWidth.ts";

const setup = () => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const el = svgMaker(document as unknown as Document);
  return { el, root: el("svg") };
};

describe("wrapText(el, parent, words, x, y, maxWidth)", () => {
  test("writes one text line per LINE pixels, keeping every word in order, and returns the y under them", () => {
    const { el, root } = setup();
    const words = "Outside the map, listed in the table: Canada, United States, Israel, Australia and Kazakhstan.";
    const bottom = wrapText(el, root, words, 8, 100, 200);
    const lines = [...root.querySelectorAll("text")];
    expect(lines.length).toBeGreaterThan(1);
    expect(bottom).toBe(100 + lines.length * LINE);
    expect(lines.map((t) => t.textContent).join(" ")).toBe(words);
    lines.forEach((t, i) => {
      expect(t.getAttribute("x")).toBe("8");
      expect(Number(t.getAttribute("y"))).toBe(100 + i * LINE + LINE / 2);
    });
  });

  test("no line is longer than the width allows, unless one word is", () => {
    const { el, root } = setup();
    const perLine = Math.max(10, charsPerLine(150, 12));
    wrapText(el, root, "a few short words then Vasilyevichskaya-Rzhevskaya and more words after it", 0, 0, 150);
    for (const t of root.querySelectorAll("text")) {
      const text = t.textContent!;
      if (text.includes(" ")) expect(text.length).toBeLessThanOrEqual(perLine);
    }
  });

  test("a very narrow width still fits at least ten characters a line", () => {
    const { el, root } = setup();
    wrapText(el, root, "one two three", 0, 0, 1);
    expect([...root.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["one two", "three"]);
  });
});
