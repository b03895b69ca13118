import { absoluteUrl } from "../i18n/siteAddress.ts";
import { sitePath } from "../i18n/locales.ts";
import { escapeMarkup } from "./escapeMarkup.ts";

/** The common article width, in CSS pixels, that an embed's default height is computed for. */
export const EMBED_DEFAULT_WIDTH = 600;

/** The embed page's padding on each side (0.75rem in src/styles/embed.css). */
const EMBED_PADDING = 12;

/**
 * Height in CSS pixels that an embed page adds around its chart at a 600 px column when its
 * title, description and source line take one line each: the links and margins, as measured in
 * Chromium (see the report of `npm run bench:embeds`).
 */
const EMBED_CHROME_HEIGHT = 162;

/**
 * The line under the links that names the data version and the date of the last change
 * (0.8rem at a line height of 1.3, and its 0.25rem top margin; src/styles/embed.css).
 */
const EMBED_RECORD_HEIGHT = 21;

/**
 * How many characters of the title, the description and the source line (the figure's caption)
 * fit on one line of the 576 px text column, and how tall each further line is, as measured in
 * Chromium with the site's font (src/styles/embed.css). An estimate: a line too many costs a
 * little blank space, one too few a scrollbar.
 */
const TITLE = { charsPerLine: 56, lineHeight: 24 };
const DESCRIPTION = { charsPerLine: 85, lineHeight: 22 };
const SOURCE = { charsPerLine: 90, lineHeight: 22 };
/**
 * The links under the chart (data, SVG, PNG, the story) wrap as a row of items a rem apart, about
 * 80 characters to a line at 0.9rem. EMBED_CHROME_HEIGHT counts two lines of them, as English
 * takes: the three downloads, then the link back to the story.
 */
const LINKS = { charsPerLine: 80, gapChars: 2, lineHeight: 22, counted: 2 };

/**
 * A text's length in Latin characters' widths. Cyrillic letters run wider than the average Latin
 * one, and more so in the fallback fonts a reader sees until (or unless, with font-display:
 * optional) the Cyrillic file arrives; 1.2 keeps every be and ru embed of the real data inside its
 * snippet's height in Chromium at 600 px (test/site/editionFit.test.ts).
 */
const textWidth = (text: string) => [...text].reduce((sum, char) => sum + (/[\u0400-\u04ff]/.test(char) ? 1.2 : 1), 0);
const extraLines = (text: string, charsPerLine: number) => Math.max(0, Math.ceil(textWidth(text) / charsPerLine) - 1);

/** How many lines a row of wrapping link items takes, each item wrapping within itself if it must. */
function linkLines(items: readonly string[]): number {
  let lines = 1;
  let used = 0;
  for (const item of items) {
    const width = textWidth(item);
    if (used > 0 && used + LINKS.gapChars + width > LINKS.charsPerLine) {
      lines++;
      used = 0;
    }
    if (width > LINKS.charsPerLine) {
      lines += Math.ceil(width / LINKS.charsPerLine) - 1;
      used = width % LINKS.charsPerLine;
    } else used += (used > 0 ? LINKS.gapChars : 0) + width;
  }
  return lines;
}

/**
 * The height an embed needs at EMBED_DEFAULT_WIDTH, from its chart's size (the chart fills the
 * column and keeps its aspect ratio) and the length of its words in its edition's language (a
 * long source line or a long link back to the story wraps). The snippet's default height, so
 * that a host whose CMS strips the resizing script still shows the whole embed at a common
 * article width.
 */
export const embedDefaultHeight = (
  chart: { width: number; height: number },
  words: { title?: string; description?: string; source?: string; links?: readonly string[] } = {},
): number =>
  Math.ceil(
    (chart.height * (EMBED_DEFAULT_WIDTH - 2 * EMBED_PADDING)) / chart.width +
      EMBED_CHROME_HEIGHT +
      EMBED_RECORD_HEIGHT +
      extraLines(words.title ?? "", TITLE.charsPerLine) * TITLE.lineHeight +
      extraLines(words.description ?? "", DESCRIPTION.charsPerLine) * DESCRIPTION.lineHeight +
      extraLines(words.source ?? "", SOURCE.charsPerLine) * SOURCE.lineHeight +
      Math.max(0, linkLines(words.links ?? []) - LINKS.counted) * LINKS.lineHeight,
  );

/**
 * The copy-paste code for one embed: a lazy-loading `<iframe>` with a title and a default height
 * from the chart's aspect, and the first-party resizing script (/embed.js), which adopts the
 * height the embed reports. Hosts may paste several; the script acts once.
 *
 * @param site The site's public address, which may carry a path, e.g. "https://owner.github.io/atlas".
 * @param base The base path the site is served under (Astro's `base`); by default the build's own.
 * @param path The embed page's path in its edition ("/be/embed/timeline/"), with or without the base.
 * @param height The embed's default height (embedDefaultHeight).
 */
export function embedSnippet({
  site,
  base,
  path,
  title,
  height,
}: {
  site: string | URL;
  base?: string;
  path: string;
  title: string;
  height: number;
}): string {
  // absoluteUrl keeps a path in the site's address, which `new URL(path, site)` would drop, and
  // gives the base path once whether or not the page's path already carries it.
  const src = absoluteUrl(path, site, base);
  const script = absoluteUrl(sitePath("embed.js"), site, base);
  return (
    `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="100%" height="${height}" ` +
    `loading="lazy" frameborder="0"></iframe>` +
    `<script src="${escapeMarkup(script)}" async></script>`
  );
}
