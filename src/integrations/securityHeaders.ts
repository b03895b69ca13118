import { readFileSync, writeFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { walk } from "../lib/files/walk.ts";
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
 */
export function headersFile(siteDir: string): string {
  const lines = [
    "# Written by src/integrations/securityHeaders.ts at build time; edit src/lib/security/policy.ts.",
    "/*",
    ...Object.entries(commonHeaders).map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const file of walk(siteDir).filter((path) => path.endsWith(".html"))) {
    const csp = metaCsp(readFileSync(file, "utf8"));
    if (csp === undefined) continue;
    const path = pagePath(relative(siteDir, file));
    const header = `${csp.trim().replace(/;?$/, ";")} frame-ancestors ${frameAncestors(path)}`;
    const paths = path.endsWith("/") ? [path, `${path}index.html`] : [path];
    for (const served of paths) lines.push("", served, `  Content-Security-Policy: ${header}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Writes `_headers` into the build output once Astro has written every page. */
export function securityHeaders(): AstroIntegration {
  return {
    name: "exile-atlas:security-headers",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const siteDir = fileURLToPath(dir);
        writeFileSync(`${siteDir}/_headers`, headersFile(siteDir));
      },
    },
  };
}
