import { readFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import * as csstree from "css-tree";
import { DOMParser, parseHTML } from "linkedom";
import type { Page } from "playwright-core";
import sirv from "sirv";
import { parseHeadersFile } from "../../scripts/lib/headersFile.ts";
import { walk } from "../../scripts/lib/thirdParty.ts";

/**
 * The crawl of a built site that test/site/basePath.test.ts runs on a build for a base path:
 * every reference a file of the build makes to the site itself, found by parsing the file, and
 * then requested from a server that serves the build under that path only. Kept apart from the
 * test so that the test can also run it on a small broken fixture and see it report each break.
 */

/** Where a build is published: its public address (EXILE_SITE) and its base path (EXILE_BASE). */
export interface Published {
  site: string;
  base: string;
}

/** One reference from a built file to something on the site, as written and as resolved. */
export interface Reference {
  /** The file it is in, relative to the build's folder, e.g. "be/index.html". */
  file: string;
  /** What holds it, e.g. `<img src>`, `<style> url()`, `JSON "url"`, `_headers rule`. */
  what: string;
  /** The reference exactly as the file writes it. */
  value: string;
  /** The reference resolved against the file's own public address (its `file:` address offline). */
  url: URL;
  /** That address of the file. */
  from: URL;
}

/** What a crawl found: every reference, and the ids each page has for a fragment to name. */
export interface Crawl {
  references: Reference[];
  /** Every `id` (and `name` of an anchor) in each page, by the page's address. */
  anchors: Map<string, Set<string>>;
}

/** Attributes whose value is always a URL, even a relative one without a slash ("data.csv"). */
const URL_ATTRIBUTES = new Set(["href", "src", "xlink:href", "poster", "action", "formaction", "cite", "data"]);
/** Attributes that hold a list of image candidates, each a URL and a width or density. */
const SRCSET_ATTRIBUTES = new Set(["srcset", "imagesrcset"]);
/**
 * Any other attribute whose value is written as an address or a path from the root is taken for a
 * reference too: that is how the story's `data-figures` names the chapter file its script fetches,
 * and how Open Graph's `<meta content>` names the share card. Namespace names (`xmlns`) are
 * identifiers that are never fetched.
 */
const LOOKS_LIKE_URL = /^(?:https?:\/\/|\/|\.\.?\/)/i;
const NOT_FETCHED = /^xmlns(?::|$)/i;
/** Elements whose text is code a reader copies, such as the embed snippet under each figure. */
const CODE_ELEMENTS = "textarea, code, pre";

/** The public address of a file of the build: `be/index.html` is served as `<site><base>be/`. */
export function publicUrl(file: string, published: Published): URL {
  const path = file
    .split(sep)
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1");
  return new URL(`${published.base.replace(/\/?$/, "/")}${path}`, published.site);
}

/** The URLs a stylesheet loads (`url()`, `@import`), found by css-tree rather than by a pattern. */
function cssUrls(css: string, context: "stylesheet" | "declarationList"): string[] {
  const found: string[] = [];
  csstree.walk(csstree.parse(css, { context }), {
    enter(node: csstree.CssNode) {
      if (node.type === "Url") found.push(node.value);
      if (node.type === "Atrule" && node.name === "import" && node.prelude?.type === "AtrulePrelude") {
        const first = node.prelude.children.first;
        if (first?.type === "String") found.push(first.value);
      }
    },
  });
  return found;
}

/** The references in a parsed HTML, SVG or XML document: attributes, styles and copyable code. */
function documentReferences(document: Document, add: (what: string, value: string) => void): void {
  for (const element of document.querySelectorAll("*")) {
    const tag = element.localName;
    for (const { name, value } of [...element.attributes]) {
      const attribute = name.toLowerCase();
      if (SRCSET_ATTRIBUTES.has(attribute)) {
        for (const candidate of value.split(",")) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) add(`<${tag} ${name}>`, url);
        }
      } else if (attribute === "style") {
        for (const url of cssUrls(value, "declarationList")) add(`<${tag} style> url()`, url);
      } else if (URL_ATTRIBUTES.has(attribute) || (LOOKS_LIKE_URL.test(value) && !NOT_FETCHED.test(attribute))) {
        add(`<${tag} ${name}>`, value);
      }
    }
    if (tag === "style") for (const url of cssUrls(element.textContent ?? "", "stylesheet")) add("<style> url()", url);
  }
  // The embed code under a figure is markup shown as text; a host pastes it, so its iframe and
  // script addresses must work as well as the page's own links.
  for (const code of document.querySelectorAll(CODE_ELEMENTS)) {
    let text = code.textContent ?? "";
    // linkedom keeps a <textarea>'s character references as written (`&lt;iframe`), where a
    // browser decodes them; reading the text once more as HTML decodes them.
    if (code.localName === "textarea" && text.includes("&lt;"))
      text = parseHTML(`<p>${text}</p>`).document.querySelector("p")!.textContent ?? "";
    if (!text.includes("<")) continue;
    documentReferences(parseHTML(`<!doctype html><html><body>${text}</body></html>`).document, (what, value) =>
      add(`<${code.localName}> code ${what}`, value),
    );
  }
  // Atom's <id>, <icon> and <logo> hold addresses as text rather than in an attribute.
  for (const element of document.querySelectorAll("feed > id, entry > id, icon, logo")) {
    const text = element.textContent?.trim() ?? "";
    if (LOOKS_LIKE_URL.test(text)) add(`<${element.localName}>`, text);
  }
}

/** The references in a JSON value: strings that are addresses or paths, and markup in strings. */
function jsonReferences(value: unknown, key: string, add: (what: string, value: string) => void): void {
  if (typeof value === "string") {
    if (LOOKS_LIKE_URL.test(value)) add(`JSON "${key}"`, value);
    else if (value.trimStart().startsWith("<")) {
      // A chapter fragment's SVGs and an oEmbed file's html are markup that lands in a page.
      documentReferences(parseHTML(`<!doctype html><html><body>${value}</body></html>`).document, (what, url) =>
        add(`JSON "${key}" ${what}`, url),
      );
    }
  } else if (Array.isArray(value)) {
    for (const item of value) jsonReferences(item, key, add);
  } else if (value && typeof value === "object") {
    for (const [name, item] of Object.entries(value)) jsonReferences(item, name, add);
  }
}

/**
 * The references in one of the build's scripts. Vite writes them minified, so they are read with
 * two patterns rather than a parser: the relative specifiers of `import`s, which the browser
 * resolves against the script's own address, and every string that is a whole path from the root
 * (`"/figures/"`), which is where a hand-built root path would show. Paths the code computes at
 * run time are caught instead by the browser check of the test (watchRequests).
 */
function scriptReferences(js: string, add: (what: string, value: string) => void): void {
  for (const match of js.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)(["'`])(\.\.?\/[^"'`]+)\1/g))
    add("script import", match[2]!);
  for (const match of js.matchAll(/(["'`])(\/[\w.-]+(?:\/[\w.-]*)*)\1/g)) add("script string", match[2]!);
}

/**
 * Every reference that the files of a built site make to the site itself, each resolved against
 * the address the file is published at. References to other hosts (the sources), fragments of the
 * same document that name nothing (`#`), and `data:` and `mailto:` addresses are left out.
 *
 * Read: every page and SVG (attributes, `srcset`, `<style>` and `style` url()s, the embed code in
 * text areas), the feeds (links and ids), every JSON file (strings that are addresses, and the
 * markup in chapter fragments and oEmbed files), the build's scripts, `_headers` (each rule's path)
 * and `SHA256SUMS` (each file it lists, which `npm run verify` fetches from a mirror by that path).
 * The offline editions are read as files opened from disk: a relative link in them resolves to a
 * `file:` address, which the check then reports.
 */
export function crawlSite(dir: string, published: Published, offline: (file: string) => boolean): Crawl {
  const references: Reference[] = [];
  const anchors = new Map<string, Set<string>>();
  const siteOrigin = new URL(published.site).origin;
  for (const path of walk(dir)) {
    const file = relative(dir, path).split(sep).join("/");
    const own = offline(file) ? pathToFileURL(path) : publicUrl(file, published);
    const add = (what: string, value: string) => {
      if (/^(?:data|mailto|tel|javascript|blob):/i.test(value) || value === "#") return;
      // An address that does not parse is broken too, and is kept under a protocol of its own.
      const url = URL.parse(value, own.href) ?? new URL(`invalid:${encodeURIComponent(value)}`);
      if (["file:", "invalid:"].includes(url.protocol) || url.origin === siteOrigin)
        references.push({ file, what, value, url, from: own });
    };
    const text = () => readFileSync(path, "utf8");
    if (file.endsWith(".html")) {
      const { document } = parseHTML(text());
      documentReferences(document, add);
      const ids = [...document.querySelectorAll("[id], a[name]")].map(
        (element) => element.getAttribute("id") ?? element.getAttribute("name")!,
      );
      anchors.set(own.href, new Set(ids));
    } else if (file.endsWith(".svg")) {
      // An SVG image's ids are its own drawing's: fragments are checked against pages only.
      documentReferences(new DOMParser().parseFromString(text(), "image/svg+xml") as unknown as Document, add);
    } else if (file.endsWith(".xml")) {
      documentReferences(new DOMParser().parseFromString(text(), "text/xml") as unknown as Document, add);
    } else if (/\.(json|webmanifest)$/.test(file)) {
      jsonReferences(JSON.parse(text()), "", add);
    } else if (file.endsWith(".css")) {
      for (const url of cssUrls(text(), "stylesheet")) add("stylesheet url()", url);
    } else if (/\.m?js$/.test(file)) {
      scriptReferences(text(), add);
    } else if (file === "_headers") {
      // A rule's path is matched against the path the host serves, so it must carry the base.
      for (const rule of parseHeadersFile(text()).keys()) add("_headers rule", rule.replace(/\*$/, ""));
    } else if (file === "SHA256SUMS") {
      for (const line of text().split("\n").filter(Boolean)) {
        const listed = line.replace(/^[0-9a-f]{64} [ *]/, "");
        add("SHA256SUMS entry", new URL(listed, publicUrl("", published)).pathname);
      }
    }
  }
  return { references, anchors };
}

/** One broken reference, with why it is broken. */
export interface Break {
  file: string;
  what: string;
  value: string;
  problem: string;
}

/**
 * Requests every reference from a server of the build (`origin`, which serves the build under the
 * base path and nothing else; serveUnderBase) and returns each that breaks: an address that does
 * not parse, a path on disk, a path outside the base, an answer other than 200 (a redirect
 * included), or a fragment that names no element of its page.
 * Each distinct address is requested once.
 */
export async function brokenReferences(
  { references, anchors }: Crawl,
  { base, origin }: { base: string; origin: string },
): Promise<Break[]> {
  const prefix = base.replace(/\/?$/, "/");
  const statuses = new Map<string, Promise<number>>();
  const status = (path: string) => {
    if (!statuses.has(path))
      statuses.set(
        path,
        fetch(new URL(path, origin), { redirect: "manual" }).then(async (response) => {
          await response.arrayBuffer();
          return response.status;
        }),
      );
    return statuses.get(path)!;
  };
  const check = async ({ url, from, ...reference }: Reference): Promise<Break | undefined> => {
    const page = new URL(url);
    page.hash = "";
    const problem = async (): Promise<string | undefined> => {
      if (url.protocol === "invalid:") return "is not an address";
      // A file opened from disk may link within itself (`#story`), and only there.
      if (url.protocol === "file:" && page.href !== from.href) return "resolves to a file on disk, not to the site";
      if (url.protocol !== "file:") {
        if (!url.pathname.startsWith(prefix)) return `is outside the base path ${prefix}`;
        const answer = await status(`${url.pathname}${url.search}`);
        if (answer !== 200) return `answers ${answer}`;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && anchors.has(page.href) && !anchors.get(page.href)!.has(fragment))
        return `names #${fragment}, which is not in ${page.pathname}`;
      return undefined;
    };
    const found = await problem();
    return found === undefined ? undefined : { ...reference, problem: found };
  };
  // A few requests at a time: one by one, the thousand files of SHA256SUMS take seconds.
  const breaks: Break[] = [];
  for (let start = 0; start < references.length; start += 16) {
    const found = await Promise.all(references.slice(start, start + 16).map(check));
    breaks.push(...found.filter((item) => item !== undefined));
  }
  return breaks;
}

/**
 * Serves a built site under a base path on 127.0.0.1, as a mirror serves it under a folder of its
 * host: `/atlas/x` is the build's `x`, and any path outside `/atlas/` is answered 404, so that a
 * reference from the root of the host breaks visibly instead of finding the file by chance.
 */
export async function serveUnderBase(
  dir: string,
  base: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const prefix = base.replace(/\/?$/, "/");
  const handler = sirv(dir, { dev: true, etag: false });
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.end("Not found");
  };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(prefix)) return notFound(res);
    req.url = url.slice(prefix.length - 1);
    handler(req, res, () => notFound(res));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Records what a page in Chromium asks the server for, from the moment it is called: each request
 * that leaves the base path (or the server's origin), fails, or is answered with an error status.
 * This sees the addresses the page's scripts compute at run time, which no file of the build
 * spells out. Returns the list, which grows as the page runs.
 */
export function watchRequests(page: Page, origin: string, base: string): string[] {
  const prefix = `${origin}${base.replace(/\/?$/, "/")}`;
  const problems: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (!url.startsWith(prefix)) problems.push(`${request.method()} ${url}: outside ${prefix}`);
  });
  page.on("requestfailed", (request) => {
    // ERR_ABORTED is the browser cancelling a request it no longer needs (the page was left, an
    // image gave way to its inline SVG); a file that is not there shows as its 404 instead.
    const error = request.failure()?.errorText ?? "";
    if (request.url().startsWith(prefix) && error !== "net::ERR_ABORTED")
      problems.push(`${request.url()}: failed (${error})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.url()}: answered ${response.status()}`);
  });
  return problems;
}
