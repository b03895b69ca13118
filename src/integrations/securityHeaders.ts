import { readFileSync, writeFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { walk } from "../lib/files/walk.ts";
import { pathInEdition } from "../lib/i18n/locales.ts";
import { commonHeaders, frameAncestors } from "../lib/security/policy.ts";

/** The Content Security Policy Astro wrote into a page's `<meta>`, or undefined if it has none. */
export function metaCsp(html: string): string | undefined {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  return content
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** The path a page is served at: `index.html` is `/`, `embed/a/index.html` is `/embed/a/`. */
export function pagePath(file: string): string {
  return `/${file.split(sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
}

/**
 * The `_headers` file (Netlify and Cloudflare Pages format) for a built site: the common headers
 * for every file, then each page's own Content Security Policy, copied from its `<meta>` so the
 * two can never differ, with the frame-ancestors rule that only a header can carry. Each page is
 * listed by its exact paths, never by a wildcard, because hosts combine the headers of every rule
 * that matches and two policies would then both apply.
 *
 * A host matches a rule against the path it serves, so every rule starts with the base path the
 * site is built for (`/atlas/…` for a mirror under /atlas/); the common headers then also stay
 * within that folder instead of applying to the rest of the host.
 *
 * @param base The base path (Astro's `base`, EXILE_BASE); "/" for a site at the root of its host.
 */
export function headersFile(siteDir: string, base = "/"): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const served = (path: string) => `${prefix}${path.slice(1)}`;
  const lines = [
    "# Written by src/integrations/securityHeaders.ts at build time; edit src/lib/security/policy.ts.",
    served("/*"),
    ...Object.entries(commonHeaders).map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const file of walk(siteDir).filter((path) => path.endsWith(".html"))) {
    const csp = metaCsp(readFileSync(file, "utf8"));
    if (csp === undefined) continue;
    const path = pagePath(relative(siteDir, file));
    const header = `${csp.trim().replace(/;?$/, ";")} frame-ancestors ${frameAncestors(pathInEdition(path))}`;
    const paths = path.endsWith("/") ? [path, `${path}index.html`] : [path];
    for (const page of paths) lines.push("", served(page), `  Content-Security-Policy: ${header}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Writes `_headers` into the build output once Astro has written every page. */
export function securityHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "exile-atlas:security-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir }) => {
        const siteDir = fileURLToPath(dir);
        writeFileSync(`${siteDir}/_headers`, headersFile(siteDir, base));
      },
    },
  };
}
