import type { MapType } from "./exileMapLayout.ts";
import type { Make } from "./svgElement.ts";
import { charsPerLine } from "./textWidth.ts";
import { textLength } from "./wrapWords.ts";

/**
 * Writes text in lines that fit `maxWidth` (estimated from the type size), one line of the type's
 * line height each; returns the next y.
 */
export function wrapText(
  el: Make,
  parent: Element,
  words: string,
  x: number,
  y: number,
  maxWidth: number,
  type: MapType,
): number {
  const perLine = Math.max(10, charsPerLine(maxWidth, type.size));
  const lines: string[] = [];
  for (const word of words.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && textLength(last + " " + word) <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  for (const text of lines) {
    el("text", { x, y: y + type.line / 2, dy: "0.35em" }, parent).textContent = text;
    y += type.line;
  }
  return y;
}
