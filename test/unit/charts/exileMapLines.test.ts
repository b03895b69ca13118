import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { mapType } from "../../../src/lib/charts/exileMapLayout.ts";
import { wrapText } from "../../../src/lib/charts/exileMapLines.ts";
import { svgMaker } from "../../../src/lib/charts/svgElement.ts";
import { charsPerLine } from "../../../src/lib/charts/textWidth.ts";

const setup = () => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const el = svgMaker(document as unknown as Document);
  return { el, root: el("svg") };
};

const type = mapType(600);
const LINE = type.line;

describe("wrapText(el, parent, words, x, y, maxWidth, type)", () => {
  test("writes one text line per line height of the type, keeping every word in order, and returns the y under them", () => {
    const { el, root } = setup();
    const words = "Outside the map, listed in the table: Canada, United States, Israel, Australia and Kazakhstan.";
    const bottom = wrapText(el, root, words, 8, 100, 200, type);
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
    const perLine = Math.max(10, charsPerLine(150, type.size));
    wrapText(el, root, "a few short words then Vasilyevichskaya-Rzhevskaya and more words after it", 0, 0, 150, type);
    for (const t of root.querySelectorAll("text")) {
      const text = t.textContent!;
      if (text.includes(" ")) expect(text.length).toBeLessThanOrEqual(perLine);
    }
  });

  test("a larger type fits no more words a line and spaces its lines further apart", () => {
    const words = "Outside the map, listed in the table: Canada, United States, Israel, Australia and Kazakhstan.";
    const draw = (t: typeof type) => {
      const { el, root } = setup();
      const bottom = wrapText(el, root, words, 0, 0, 300, t);
      return { lines: root.querySelectorAll("text").length, bottom };
    };
    const phone = draw(mapType(360));
    const desktop = draw(mapType(600));
    expect(phone.lines).toBeGreaterThanOrEqual(desktop.lines);
    expect(phone.bottom / phone.lines).toBeGreaterThan(desktop.bottom / desktop.lines);
  });

  test("a very narrow width still fits at least ten characters a line", () => {
    const { el, root } = setup();
    wrapText(el, root, "one two three", 0, 0, 1, type);
    expect([...root.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["one two", "three"]);
  });
});
