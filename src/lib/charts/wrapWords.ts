/**
 * A text's length in average Latin letters, for the charts' width estimates. Cyrillic letters run
 * wider: about a fifth in the fallback fonts an SVG image is drawn with (it cannot use the page's
 * web font), so Belarusian and Russian lines break sooner and stay inside the figure.
 */
export const textLength = (text: string): number =>
  [...text].reduce((sum, char) => sum + (/[\u0400-\u04ff]/.test(char) ? 1.2 : 1), 0);

/** Breaks text into at most `maxLines` lines of `maxChars`, ending with "…" if cut. */
export function wrap(content: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of content.split(/\s+/)) {
    if (current && textLength(`${current} ${word}`) > maxChars) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
  return kept;
}
