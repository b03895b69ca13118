// @ts-check
import { defineConfig } from "astro/config";
import { dataReload } from "./scripts/dataReload.mjs";
import { DEFAULT_SITE } from "./src/lib/i18n/siteAddress.ts";
import { defaultLocale, locales } from "./src/lib/i18n/locales.ts";
import { securityHeaders } from "./src/integrations/securityHeaders.ts";
import { cspDirectives, scriptResources, styleResources } from "./src/lib/security/policy.ts";

// Tests build copies of the data into their own folders, so the output and cache folders can be
// moved with environment variables; an editor never needs to set them.
// EXILE_SITE is the public address and EXILE_BASE the path the site is served under (see
// MIRRORS.md); the GitHub workflow sets both from the Pages configuration.
export default defineConfig({
  site: process.env.EXILE_SITE ?? DEFAULT_SITE,
  base: process.env.EXILE_BASE || "/",
  outDir: process.env.EXILE_OUT_DIR ?? "dist",
  cacheDir: process.env.EXILE_CACHE_DIR ?? "node_modules/.astro",
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  // The stylesheets (about 14 KB gzip) go inside each page: a phone on a slow network then paints
  // the story after one request instead of waiting for four more. The CSP allows each by its hash.
  // Four pages at a time: the share and chart PNGs (most of a cold build) are drawn on resvg's
  // worker threads (src/lib/build/renderPng.ts), so the build draws a few at once on every core
  // instead of one after another. The other pages render in microseconds and are unaffected.
  build: { inlineStylesheets: "always", concurrency: 4 },
  // Story copy has no code blocks, and Shiki's inline styles would need the CSP relaxed.
  markdown: { syntaxHighlight: false },
  // A strict Content Security Policy as a <meta> element on every page: only our own origin may
  // provide scripts, styles, images and fonts, and nothing may be posted or fetched elsewhere.
  // Astro adds the hash of every inline style (the stylesheets, see build above) and script (none)
  // to the policy, so nothing unhashed can run or style the page. The same policy goes into
  // the host's _headers file (securityHeaders), with frame-ancestors, which only a header can carry.
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptResources] },
      styleDirective: { resources: [...styleResources] },
    },
  },
  integrations: [securityHeaders()],
  vite: { plugins: [dataReload(process.env.EXILE_DATA_DIR ?? "data")] },
  devToolbar: { enabled: false },
});
