/**
 * The site's security policies, in one place: astro.config.mjs builds the `<meta>` Content
 * Security Policy from these directives, and src/integrations/securityHeaders.ts writes the same
 * policy, plus what only a response header can carry, into the host's `_headers` file.
 */

/** Directives for every page: only our own origin may provide anything, and nothing is posted. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/**
 * Where scripts and styles may come from; Astro adds the hash of each inline one (the inlined
 * stylesheets; there are no inline scripts), never 'unsafe-inline'.
 */
export const scriptResources = ["'self'"] as const;
export const styleResources = ["'self'"] as const;

/**
 * Who may show a page in a frame. A `<meta>` policy cannot say this (browsers ignore
 * frame-ancestors there), so it exists only as a header. Embeds are made to be framed by any
 * newsroom's page; every other page refuses to be framed, which stops click-jacking.
 *
 * @param pagePath The page's path inside its edition, without the base path or the edition's
 *   prefix: the Belarusian embed /be/embed/a/ is "/embed/a/" here (src/integrations/securityHeaders.ts).
 */
export function frameAncestors(pagePath: string): string {
  return pagePath.startsWith("/embed/") ? "*" : "'none'";
}

/**
 * Headers for every response. No referrer leaves the site (a reader's path through it is nobody
 * else's business); no file is sniffed into a script; and no page may use the camera, microphone
 * or location, or put the reader into an advertising cohort. The site sets no cookies at all.
 */
export const commonHeaders = {
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "Permissions-Policy": "interest-cohort=(), browsing-topics=(), camera=(), microphone=(), geolocation=()",
};
