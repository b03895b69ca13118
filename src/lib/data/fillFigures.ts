import type { Figure } from "./figures.ts";

/** A figure slot in story copy: `{{prisoners.latest}}` for the number, `{{prisoners.latest.date}}` for its date. */
const SLOT = /\{\{\s*([\w.]+?)(\.date)?\s*\}\}/g;

/**
 * Replaces figure slots in rendered story HTML with values from the data. Each number becomes a
 * `<data>` element whose title names its source, so a reader can see where it comes from. An
 * unknown name stops the build with a message naming the content file, rather than publishing
 * a blank or a stale number.
 *
 * @example
 * fillFigures("<p>{{prisoners.latest}} held</p>", figures, fmt, "src/content/story/en/intro.md")
 * // '<p><data value="1140" title="Source: …">1,140</data> held</p>'
 */
export function fillFigures(
  html: string,
  figures: Record<string, Figure>,
  format: { number: (n: number) => string; date: (iso: string) => string; source: string },
  file: string,
): string {
  return html.replace(SLOT, (slot, name: string, isDate: string | undefined) => {
    const figure = figures[name];
    if (!figure) {
      throw new Error(
        `${file}: unknown figure ${slot} — expected one of ${Object.keys(figures)
          .map((key) => `{{${key}}}`)
          .join(", ")}, found "${slot}"`,
      );
    }
    const title = escapeHtml(`${format.source} ${figure.source_name}`);
    if (isDate) return `<time datetime="${figure.date}">${escapeHtml(format.date(figure.date))}</time>`;
    return `<data value="${figure.value}" title="${title}">${escapeHtml(format.number(figure.value))}</data>`;
  });
}

/** Escapes text from data before it is placed in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
