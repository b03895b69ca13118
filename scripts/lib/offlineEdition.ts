import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as csstree from "css-tree";
import { parseHTML } from "linkedom";
import { localePrefix, locales, type Locale } from "../../src/lib/i18n/locales.ts";
import { absoluteUrl, DEFAULT_SITE } from "../../src/lib/i18n/siteAddress.ts";

/**
 * The offline edition (issue 16, part 2): each edition's story as one self-contained file,
 * `offline/<locale>.html`, for readers who pass stories on as files or read without a connection.
 *
 * It is made from the built story page, so it says exactly what the page says: the same text,
 * tables and sources, and every step figure as inline SVG (the chapter fragments the page's chart
 * code would fetch, at both widths, switched by the page's own breakpoint and colour scheme). What
 * would make a request is taken out or made a plain link: scripts, the icon, and the embed
 * controls, which need the site. The text is set in the reader's system font, as on the site. Links
 * within the site point to its online address. A strict policy of the file's own forbids it to
 * load anything, even if someone edits it.
 */

/** The largest an offline file may be: small enough to send through a messenger or by e-mail. */
export const OFFLINE_MAX_BYTES = 2 * 1024 * 1024;

/** An edition's offline file, relative to the site's root. */
export const offlineFile = (locale: Locale): string => `offline/${locale}.html`;

/** The public address and base path the build was made for, as astro.config.mjs reads them. */
export interface SiteAddress {
  site: string;
  base: string;
}
export const siteAddressFromEnv = (env: NodeJS.ProcessEnv = process.env): SiteAddress => ({
  site: env.EXILE_SITE || DEFAULT_SITE,
  base: env.EXILE_BASE || "/",
});

/**
 * Printing: the light theme whatever the screen's (printInLight: a dark page printed without its
 * background would be light grey on white paper), the data tables shown though their disclosures
 * are closed on screen, figures kept whole on a page, no navigation aids, and each source link's
 * address written after it, since paper cannot be clicked.
 */
const PRINT_CSS = `@media print{
@page{margin:18mm 16mm}
html{font-size:11pt}
body{background:#fff}
.skip-link,.visually-hidden,.read-offline-download{display:none!important}
.scrolly,.scrolly-steps{display:block!important}
.step{break-inside:avoid;margin:0 0 1.5rem!important;min-height:0!important;opacity:1!important}
.step-figure,figure,table,tr{break-inside:avoid}
.chart-narrow{display:none!important}
.chart-wide{display:block!important}
.chart-wide svg{max-width:100%;height:auto}
h2,h3{break-after:avoid}
details::details-content{content-visibility:visible;display:block}
details>summary{list-style:none}
main a[href^="http"]::after{content:" (" attr(href) ")";font-size:0.8em;word-break:break-all;color:#333}
}`;

/**
 * The light theme's custom properties, copied from the page's own `:root` rule, applied in print
 * with a selector that outranks the dark theme's, so a PDF made on a dark screen is still dark on
 * light. Copied rather than written here, so a palette change reaches the print too.
 */
function printInLight(css: string): string {
  const ast = csstree.parse(css);
  const declarations: string[] = [];
  csstree.walk(ast, {
    visit: "Rule",
    enter(rule) {
      if (declarations.length > 0 || csstree.generate(rule.prelude) !== ":root") return;
      csstree.walk(rule.block, {
        visit: "Declaration",
        enter(declaration) {
          if (declaration.property.startsWith("--")) declarations.push(csstree.generate(declaration));
        },
      });
    },
  });
  if (declarations.length === 0) throw new Error("The story's stylesheet has no :root rule with its colours");
  return `@media print{:root:root:root{${declarations.join(";")};color-scheme:light}}`;
}

/**
 * A stylesheet without what would load: `@import` and any `@font-face` rule that fetches a file (a
 * face that names only `local()` fonts stays). The site uses no web font, but a stylesheet that
 * gained one must not make the file reach for it. Any other `url()` that is not `data:` stops the
 * build, so a new background image cannot slip a request into the file.
 */
export function offlineCss(css: string): string {
  const ast = csstree.parse(css);
  csstree.walk(ast, {
    visit: "Atrule",
    enter(atrule, item, list) {
      const name = atrule.name.toLowerCase();
      if (name === "import" || (name === "font-face" && /url\(/i.test(csstree.generate(atrule)))) {
        list?.remove(item);
      }
    },
  });
  csstree.walk(ast, {
    visit: "Url",
    enter(url) {
      if (!url.value.startsWith("data:")) throw new Error(`The story's stylesheet loads ${url.value}`);
    },
  });
  return csstree.generate(ast);
}

/** The attributes that make an element load something, as scripts/lib/thirdParty.ts lists them. */
const LOADING_ATTRIBUTES = [
  "src",
  "srcset",
  "href",
  "xlink:href",
  "poster",
  "data",
  "background",
  "action",
  "formaction",
];

const cspHash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * Turns a built story page into its offline edition.
 *
 * @param html The built page (`index.html`, `be/index.html`, …).
 * @param readFile Reads a file of the build by its path from the site's root, e.g. "figures/x.json".
 * @param pageUrl The page's online address, which the site's own links are resolved against.
 * @param address The public address and base path, for the site's root-relative links.
 */
export function offlineEdition(
  html: string,
  readFile: (path: string) => string,
  pageUrl: string,
  address: SiteAddress,
): string {
  const { document } = parseHTML(html);
  const basePath = `/${address.base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  // A path in the built page as a file of the build: the base path, if the page's links carry it,
  // is where the site is served, not a folder in dist/.
  const fileOf = (path: string) => {
    const rooted = path.startsWith(basePath) ? path.slice(basePath.length) : path.replace(/^\/+/, "");
    return decodeURIComponent(rooted);
  };

  // What needs the network or JavaScript: scripts, preloads, the icon, the old policy
  // (replaced below), share-card metadata, and the embed controls, whose code lives on the site.
  for (const element of document.querySelectorAll(
    'script, noscript, link, meta[http-equiv="content-security-policy" i], meta[property^="og:"], meta[name^="twitter:"], .embed-this',
  ))
    element.remove();

  // Each step's figure, inline at both widths from its chapter's fragment, as the chart code puts
  // it inline on the site (src/lib/charts/inlineFigures.ts); the page's styles pick the width.
  for (const section of document.querySelectorAll("[data-figures]")) {
    const fragment = JSON.parse(readFile(fileOf(section.getAttribute("data-figures")!))) as Record<
      string,
      Record<"narrow" | "wide", string>
    >;
    for (const picture of section.querySelectorAll("picture[data-figure]")) {
      const id = picture.getAttribute("data-figure")!;
      const svgs = fragment[id];
      if (!svgs) throw new Error(`No figure for step ${id} in ${section.getAttribute("data-figures")}`);
      const holder = document.createElement("div");
      holder.className = "chart-svgs";
      holder.setAttribute("data-offline-figure", id);
      holder.innerHTML = `<div class="chart-narrow">${svgs.narrow}</div><div class="chart-wide">${svgs.wide}</div>`;
      picture.replaceWith(holder);
    }
    section.removeAttribute("data-figures");
  }

  // Links within the site go to its online address; links to sources stay as they are. Neither
  // loads anything unless the reader follows it.
  for (const link of document.querySelectorAll("a[href], area[href]")) {
    const href = link.getAttribute("href")!;
    link.removeAttribute("download");
    link.removeAttribute("ping");
    if (href.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
    link.setAttribute(
      "href",
      href.startsWith("/") ? absoluteUrl(href, address.site, address.base) : new URL(href, pageUrl).href,
    );
  }

  // Whatever is left must load nothing: a new kind of image or embed on the page stops the build
  // here rather than reaching a reader as a request from a file on their device.
  for (const element of document.querySelectorAll("*")) {
    const tag = element.localName.toLowerCase();
    if (tag === "a" || tag === "area") continue;
    for (const name of LOADING_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && !value.startsWith("#") && !value.startsWith("data:"))
        throw new Error(`The offline edition would load ${value} (<${tag} ${name}>)`);
    }
    if (element.hasAttribute("style"))
      throw new Error(`<${tag} style> would need 'unsafe-inline' in the offline edition's policy`);
  }

  // The page's stylesheets, without anything they would load, and the print stylesheet.
  const styles = [...document.querySelectorAll("style")];
  const pageCss = styles.map((style) => style.textContent ?? "").join("\n");
  for (const style of styles) style.textContent = offlineCss(style.textContent ?? "");
  const print = document.createElement("style");
  print.textContent = `${printInLight(pageCss)}\n${PRINT_CSS}`;
  document.head.append(print);

  // The file's own policy: nothing may load, no script may run, only these exact stylesheets
  // apply (by hash: no 'unsafe-inline', since the file has no style attributes), and images only
  // from data: URLs. frame-ancestors cannot be set from a <meta> policy; a file has no headers.
  const hashes = [...document.querySelectorAll("style")].map((style) => cspHash(style.textContent ?? ""));
  const policy = [
    "default-src 'none'",
    `style-src ${hashes.join(" ")}`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  // linkedom writes attribute values with their quotes escaped but not their ampersands, so a
  // source address such as "?q=a&ltb" would be read back by a browser as "?q=a<b". Escaping them
  // here, as the last change to the tree, keeps every value exactly as the built page had it.
  for (const element of document.querySelectorAll("*"))
    for (const { name, value } of [...element.attributes])
      if (value.includes("&")) element.setAttribute(name, value.replace(/&/g, "&amp;"));

  // Written as markup, not with setAttribute, so http-equiv comes first as on every other page
  // (linkedom would write the attributes the other way round), where _headers finds it.
  const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
  const charset = document.querySelector("meta[charset]");
  if (charset) charset.insertAdjacentHTML("afterend", meta);
  else document.head.insertAdjacentHTML("afterbegin", meta);

  return `<!doctype html>\n${document.documentElement.outerHTML}\n`;
}

/**
 * Writes `offline/<locale>.html` for every edition built into `dir` (src/lib/i18n/locales.ts
 * lists them; an edition whose page is not there is skipped, so a partial build of one edition
 * still works). Throws if a file would exceed OFFLINE_MAX_BYTES. Returns each file and its size.
 */
export function writeOfflineEditions(
  dir: string,
  address: SiteAddress = siteAddressFromEnv(),
): { file: string; bytes: number }[] {
  const written: { file: string; bytes: number }[] = [];
  for (const locale of locales) {
    const prefix = localePrefix(locale);
    const page = join(dir, prefix, "index.html");
    if (!existsSync(page)) continue;
    const html = offlineEdition(
      readFileSync(page, "utf8"),
      (path) => readFileSync(join(dir, path), "utf8"),
      absoluteUrl(prefix, address.site, address.base),
      address,
    );
    const bytes = Buffer.byteLength(html);
    if (bytes > OFFLINE_MAX_BYTES)
      throw new Error(`${offlineFile(locale)} would be ${bytes} bytes, over the ${OFFLINE_MAX_BYTES}-byte limit`);
    mkdirSync(join(dir, "offline"), { recursive: true });
    writeFileSync(join(dir, offlineFile(locale)), html);
    written.push({ file: offlineFile(locale), bytes: statSync(join(dir, offlineFile(locale))).size });
  }
  if (written.length === 0) throw new Error(`No story page in ${dir} to make an offline edition of`);
  return written;
}
