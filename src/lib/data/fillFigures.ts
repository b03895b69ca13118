import type { Figure } from "./figures.ts";

/**
 * A figure slot in story copy: `{{prisoners.latest}}` for the number, `{{prisoners.latest.date}}`
 * for its date and `{{prisoners.latest.source}}` for the name of its source, linked to the page.
 * Names may contain dates (`prisoners.2020-12-31`), hence the hyphen.
 */
const SLOT = /\{\{\s*([\w.-]+?)(\.date|\.source)?\s*\}\}/g;

/**
 * Replaces figure slots in story HTML with values from the data. Each number becomes a `<data>`
 * element whose title names its source, so a reader can see where it comes from. An unknown
 * name, or a number asked of a figure that has only a date, stops the build with a message naming
 * the content file, rather than publishing a blank or a stale number.
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
  return html.replace(SLOT, (slot, name: string, part: string | undefined) => {
    const figure = figures[name];
    const isDate = part === ".date";
    if (part === ".source" && figure) {
      // The source named in the prose links to the page the figure was read on, as the tables do.
      return `<a href="${escapeHtml(figure.source_url)}" rel="noopener noreferrer external" referrerpolicy="no-referrer">${escapeHtml(figure.source_name)}</a>`;
    }
    if (!figure || (!isDate && figure.value === undefined)) {
      const known = Object.keys(figures).filter((key) => !/\d{4}-\d{2}/.test(key));
      throw new Error(
        `${file}: unknown figure ${slot} — expected one of ${known.map((key) => `{{${key}}}`).join(", ")} ` +
          `(or a name with a date, like {{prisoners.2020-12-31}}), found "${slot}"`,
      );
    }
    if (isDate) return `<time datetime="${figure.date}">${escapeHtml(format.date(figure.date))}</time>`;
    const title = escapeHtml(`${format.source} ${figure.source_name}`);
    return `<data value="${figure.value}" title="${title}">${escapeHtml(format.number(figure.value!))}</data>`;
  });
}

/** Escapes text before it is placed in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Turns plain step text into HTML paragraphs with figure slots filled. In the YAML of a chapter
 * file, an empty line between two paragraphs of a folded (`>-`) text leaves a line break, which
 * starts a new paragraph here. The text is escaped first, so copy can never inject markup.
 */
export function stepHtml(
  text: string,
  figures: Record<string, Figure>,
  format: Parameters<typeof fillFigures>[2],
  file: string,
): string {
  const paragraphs = text
    .trim()
    .split(/\n+/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.replace(/\s+/g, " "))}</p>`);
  return fillFigures(paragraphs.join(""), figures, format, file);
}
