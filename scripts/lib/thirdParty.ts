import { readFileSync } from "node:fs";
import { extname, relative } from "node:path";
import { parseHTML } from "linkedom";
import type { Page } from "playwright-core";
import { walk } from "../../src/lib/files/walk.ts";

/**
 * The two checks that prove no page loads anything from another host: a scan of every file in a
 * built site, and a request log of a page in Chromium. The tests run them on the real build and on
 * a fixture that does load a script from a CDN, so the proof exercises this code, not a copy.
 */

/** One place in a built file that would make the browser contact another host. */
export interface ExternalLoad {
  file: string;
  what: string;
}

/** A URL that names a host: `https://…`, `wss://…` or a protocol-relative `//host/…`. */
const OTHER_HOST = /^\s*(?:(?:https?|wss?|ftp):)?\/\/[^/\s]/i;
const CSS_URL = /url\(\s*(["']?)([^"')]*)\1\s*\)/gi;
const CSS_IMPORT = /@import\s+(?:url\(\s*)?["']?([^"'\s);]+)/gi;
// In scripts, any absolute URL is treated as something the code may fetch or import. XML
// namespace names (www.w3.org) are identifiers that are never requested, so they are allowed.
const JS_URL = /(["'`])((?:https?|wss?):\/\/(?!www\.w3\.org\/)[^"'`\s]*)\1/gi;
const JS_PROTOCOL_RELATIVE = /(["'`])(\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^"'`\s]*)\1/gi;
// Web-manifest keys whose values a browser fetches or opens (icons, screenshots, start page). Other
// JSON keys are data: an oEmbed file's url, thumbnail_url and html are read by other sites'
// servers, never fetched by a reader's browser on our pages.
const JSON_URL = /"(src|href|start_url|scope|action)"\s*:\s*"([^"]*)"/gi;

/** Link relations that only name another page and never make the browser fetch it. */
const NAVIGATIONAL_RELS = new Set(["canonical", "alternate", "author", "license", "help", "me", "bookmark", "search"]);

/** Attributes that make an element fetch something when the page loads or a form is sent. */
const LOADING_ATTRIBUTES = [
  "src",
  "srcset",
  "href",
  "xlink:href",
  "action",
  "formaction",
  "poster",
  "data",
  "background",
];

function cssLoads(css: string): string[] {
  return [
    ...[...css.matchAll(CSS_URL)].map((match) => match[2]!),
    ...[...css.matchAll(CSS_IMPORT)].map((match) => match[1]!),
  ].filter((url) => OTHER_HOST.test(url));
}

function htmlLoads(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const element of document.querySelectorAll("*")) {
    const tag = element.localName.toLowerCase();
    // Outbound links to sources are allowed: a reader follows them only by choice. Their `ping`
    // would send a request on click without the reader knowing, so it is never allowed.
    const isLink = tag === "a" || tag === "area";
    if (element.hasAttribute("ping")) found.push(`<${tag} ping="${element.getAttribute("ping")}">`);
    if (isLink) continue;
    const rels = (element.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    if (tag === "link" && rels.length > 0 && rels.every((rel) => NAVIGATIONAL_RELS.has(rel))) continue;
    for (const name of LOADING_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const urls = name === "srcset" ? value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value];
      for (const url of urls) if (OTHER_HOST.test(url)) found.push(`<${tag} ${name}="${url}">`);
    }
    const style = element.getAttribute("style");
    if (style) found.push(...cssLoads(style).map((url) => `<${tag} style> ${url}`));
    if (tag === "style") found.push(...cssLoads(element.textContent ?? "").map((url) => `<style> ${url}`));
    if (tag === "script" && !element.hasAttribute("src")) found.push(...jsLoads(element.textContent ?? ""));
    if (tag === "meta" && element.getAttribute("http-equiv")?.toLowerCase() === "refresh") {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(element.getAttribute("content") ?? "")?.[1];
      if (target && OTHER_HOST.test(target)) found.push(`<meta http-equiv="refresh"> ${target}`);
    }
  }
  return found;
}

function jsLoads(js: string): string[] {
  return [...js.matchAll(JS_URL), ...js.matchAll(JS_PROTOCOL_RELATIVE)].map((match) => match[2]!);
}

function jsonLoads(json: string): string[] {
  const found = [...json.matchAll(JSON_URL)]
    .filter((match) => OTHER_HOST.test(match[2]!))
    .map((m) => `${m[1]}: ${m[2]}`);
  // SVG markup in a JSON string is read as SVG: the story's figure fragments (/figures/*.json) are
  // put into the page by its chart code, so what they could load, the page would load.
  const svgs: string[] = [];
  JSON.parse(json, (_key, value: unknown) => {
    if (typeof value === "string" && /^\s*<svg\b/i.test(value)) svgs.push(value);
    return value;
  });
  return [...found, ...svgs.flatMap(htmlLoads)];
}

/**
 * An Atom feed is read by feed readers, and a browser that opens it shows its text. What could make
 * it fetch something is a stylesheet processing instruction or a `src` attribute (in XHTML
 * content); its `<link href>` and `<id>` are addresses a reader follows by choice, like a link.
 */
function xmlLoads(xml: string): string[] {
  const stylesheets = [...xml.matchAll(/<\?xml-stylesheet[^>]*\bhref\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1]!);
  const sources = [...xml.matchAll(/\ssrc\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1]!);
  return [...stylesheets, ...sources].filter((url) => OTHER_HOST.test(url)).map((url) => `xml: ${url}`);
}

/**
 * How each kind of file in dist/ is read. A file of a kind not listed here fails the scan, so a new
 * kind of output gets a rule rather than slipping through unread.
 */
const SCANNERS: Record<string, ((text: string) => string[]) | "not-loaded"> = {
  ".html": htmlLoads,
  ".htm": htmlLoads,
  // SVG is markup like HTML: its href, xlink:href, <style> and style attributes can load things.
  ".svg": htmlLoads,
  ".css": cssLoads,
  ".js": jsLoads,
  ".mjs": jsLoads,
  ".json": jsonLoads,
  ".webmanifest": jsonLoads,
  ".xml": xmlLoads,
  // Data, fonts and images are never interpreted as something that can fetch: a CSV's source
  // links are data for readers, and font and image files hold no URLs a browser follows.
  ".csv": "not-loaded",
  ".txt": "not-loaded",
  // The signature of the build's list of files (SHA256SUMS.sig): data for ssh-keygen, not a page.
  ".sig": "not-loaded",
  ".woff2": "not-loaded",
  ".woff": "not-loaded",
  ".png": "not-loaded",
  ".jpg": "not-loaded",
  ".webp": "not-loaded",
  ".avif": "not-loaded",
  ".ico": "not-loaded",
  // Files without an extension are host configuration, such as the _headers file the build
  // writes (test/site/headers.test.ts checks its policies); no browser loads them as a page.
  "": "not-loaded",
};

// Re-exported so that the tests and benchmarks which list a site's files keep one import.
export { walk };

/**
 * Reads every file of a built site and returns each reference that would make a browser contact
 * another host: loading attributes in HTML and SVG, `url()` and `@import` in CSS, absolute URLs
 * in scripts, fetched keys in JSON and web manifests. An empty list means the site is self-contained.
 */
export function findExternalLoads(siteDir: string): ExternalLoad[] {
  return walk(siteDir).flatMap((path) => {
    const file = relative(siteDir, path);
    const scan = SCANNERS[extname(path).toLowerCase()];
    if (scan === undefined) return [{ file, what: `no rule for ${extname(path)} files in scripts/lib/thirdParty.ts` }];
    if (scan === "not-loaded") return [];
    return scan(readFileSync(path, "utf8")).map((what) => ({ file, what }));
  });
}

/**
 * Records every request a page makes from now on, and refuses (aborts) those to any other origin,
 * so that a test or benchmark never reaches the network even when a page tries to. Returns the
 * live list of requested URLs.
 */
export async function recordRequests(page: Page, origin: string): Promise<string[]> {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.route(
    (url) => url.origin !== origin && /^(https?|wss?):$/.test(url.protocol),
    (route) => route.abort("blockedbyclient"),
  );
  return requests;
}

/** The requests in a log that went to, or tried to reach, anywhere but `origin`. */
export function offOrigin(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    const { protocol, origin: host } = new URL(url);
    // data: and blob: URLs are made in the page itself and contact no one.
    return protocol !== "data:" && protocol !== "blob:" && host !== origin;
  });
}
