/**
 * The site's public address, for the few things that must be absolute: embed snippets, oEmbed
 * files, share cards and the offline edition's links back to the site. Everything else on the
 * site is a path.
 *
 * Two settings make the address, both read at build time (astro.config.mjs):
 * - `EXILE_SITE`, the public address, which may itself carry a path: GitHub Pages gives a project
 *   site as `https://<owner>.github.io/<repository>`;
 * - `EXILE_BASE`, the path the site is served under (Astro's `base`, "/" unless set): the same
 *   `/<repository>` on GitHub Pages, or `/atlas/` for a mirror under a folder of another host.
 */

/** The placeholder address a build uses when `EXILE_SITE` is not set. */
export const DEFAULT_SITE = "https://exile-atlas.example";

/** A path with exactly one slash at each end: "atlas" and "/atlas" become "/atlas/"; "" is "/". */
const folder = (path: string): string => `/${path.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");

/**
 * The absolute address of a path on the site: the site's address, then the base path, then the
 * path. `new URL("/embed/x/", site)` would drop a path that the site's address carries, so a
 * GitHub Pages project site lost its `/<repository>/`.
 *
 * The base is not added twice: when the site's address already ends with it (GitHub Pages gives
 * both the address `https://owner.github.io/repo` and the base `/repo`), or when the path already
 * starts with it (a page's own `Astro.url.pathname`, which Astro gives with the base), it is kept
 * once.
 *
 * @param path A path from the site's root, such as "/embed/timeline/" or "embed.js".
 * @param site The public address; in a page, Astro's `site` setting.
 * @param base The base path; in a page, Astro's `base` setting.
 */
export function absoluteUrl(
  path: string,
  site: string | URL = import.meta.env?.SITE ?? DEFAULT_SITE,
  base: string = import.meta.env?.BASE_URL ?? "/",
): string {
  const address = new URL(site);
  const sitePath = folder(address.pathname);
  const basePath = folder(base);
  const root = sitePath.endsWith(basePath) ? sitePath : `${sitePath}${basePath.slice(1)}`;
  let rest = path.replace(/^\/+/, "");
  if (basePath !== "/" && `/${rest}`.startsWith(basePath)) rest = rest.slice(basePath.length - 1);
  return new URL(`${root}${rest}`, address.origin).href;
}
