import { escapeMarkup } from "./escapeMarkup.ts";

/** The namespace of every message an embed posts to its host page. */
export const MESSAGE_TYPE = "exile-atlas:height";

/**
 * Height in CSS pixels that an embed page adds around its chart at a 600 px column: title,
 * description, source line and links (measured in test/site/embedHost.test.ts). The snippet's
 * default height is the chart's height plus this, so a host whose CMS strips the resizing script
 * still shows the whole embed at a common article width.
 */
export const EMBED_CHROME_HEIGHT = 190;

/** The path of an embed page on the site. */
export const embedPath = (id: string): string => `/embed/${id}/`;

/**
 * The copy-paste code for one embed: a lazy-loading `<iframe>` with a title and a default height
 * from the chart's aspect, and the first-party resizing script (/embed.js), which adopts the
 * height the embed reports. Hosts may paste several; the script acts once.
 *
 * @param site The site's origin with any base path, e.g. "https://exile-atlas.example/".
 * @param chartHeight The height of the chart drawn at 600 px wide.
 */
export function embedSnippet({
  site,
  id,
  title,
  chartHeight,
}: {
  site: string | URL;
  id: string;
  title: string;
  chartHeight: number;
}): string {
  const src = new URL(embedPath(id), site).href;
  const script = new URL("/embed.js", site).href;
  const height = Math.ceil(chartHeight + EMBED_CHROME_HEIGHT);
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
  if (!Number.isFinite(size.width) || !Number.isFinite(size.height)) throw new Error("The chart SVG has no width and height");
  return size;
}
