import { escapeMarkup } from "./escapeMarkup.ts";

/** The namespace of every message an embed posts to its host page. */
export const MESSAGE_TYPE = "exile-atlas:height";

/** The common article width, in CSS pixels, that an embed's default height is computed for. */
export const EMBED_DEFAULT_WIDTH = 600;

/** The embed page's padding on each side (0.75rem in src/styles/embed.css). */
const EMBED_PADDING = 12;

/**
 * Height in CSS pixels that an embed page adds around its chart at a 600 px column: title,
 * description, source line and links, as measured in Chromium (see the report of
 * `npm run bench:embeds`); a longer description adds a line.
 */
const EMBED_CHROME_HEIGHT = 184;

/**
 * The height an embed needs at EMBED_DEFAULT_WIDTH, from its chart's size: the chart fills the
 * column and keeps its aspect ratio. The snippet's default height, so that a host whose CMS strips
 * the resizing script still shows the whole embed at a common article width.
 */
export const embedDefaultHeight = (chart: { width: number; height: number }): number =>
  Math.ceil((chart.height * (EMBED_DEFAULT_WIDTH - 2 * EMBED_PADDING)) / chart.width + EMBED_CHROME_HEIGHT);

/** The path of an embed page on the site. */
export const embedPath = (id: string): string => `/embed/${id}/`;

/**
 * The copy-paste code for one embed: a lazy-loading `<iframe>` with a title and a default height
 * from the chart's aspect, and the first-party resizing script (/embed.js), which adopts the
 * height the embed reports. Hosts may paste several; the script acts once.
 *
 * @param site The site's origin with any base path, e.g. "https://exile-atlas.example/".
 * @param height The embed's default height (embedDefaultHeight).
 */
export function embedSnippet({
  site,
  id,
  title,
  height,
}: {
  site: string | URL;
  id: string;
  title: string;
  height: number;
}): string {
  const src = new URL(embedPath(id), site).href;
  const script = new URL("/embed.js", site).href;
  return (
    `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="100%" height="${height}" ` +
    `loading="lazy" frameborder="0"></iframe>` +
    `<script src="${escapeMarkup(script)}" async></script>`
  );
}

/** The width and height attributes of an SVG's root element, e.g. Plot's `width="600" height="330"`. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg.trim())?.[0] ?? "";
  const attribute = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? NaN);
  const size = { width: attribute("width"), height: attribute("height") };
  if (!Number.isFinite(size.width) || !Number.isFinite(size.height))
    throw new Error("The chart SVG has no width and height");
  return size;
}
