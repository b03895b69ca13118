import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, test } from "vitest";
import { walk } from "../../scripts/lib/thirdParty.ts";
import { headersFile, pagePath } from "../../src/integrations/securityHeaders.ts";

const siteDir = inject("siteDir");
const pages = walk(siteDir).filter((file) => file.endsWith(".html"));

/** A `_headers` file as a map from path to its headers (Netlify and Cloudflare Pages format). */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(":");
      current!.set(name!.toLowerCase(), value.join(":").trim());
    }
  }
  return rules;
}

/** A policy as a map from directive name to its sorted sources, so spacing and order don't matter. */
const directives = (csp: string) =>
  new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources.sort().join(" ")]),
  );

describe("the security headers (dist/_headers, from src/lib/security/policy.ts)", () => {
  const rules = parseHeaders(readFileSync(join(siteDir, "_headers"), "utf8"));

  test.each(pages.map((file) => relative(siteDir, file)))(
    "%s sends no referrer and declares its language, and _headers carries its exact CSP",
    (file) => {
      const { document } = parseHTML(readFileSync(join(siteDir, file), "utf8"));
      expect(document.querySelector('meta[name="referrer"]')?.getAttribute("content")).toBe("no-referrer");
      expect(document.documentElement.getAttribute("lang")).toMatch(/^[a-z]{2}/);
      const meta = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content");
      expect(meta).toBeTruthy();
      const path = pagePath(file);
      const header = rules.get(path)?.get("content-security-policy");
      expect(header, `no Content-Security-Policy for ${path} in _headers`).toBeTruthy();
      const fromHeader = directives(header!);
      const ancestors = fromHeader.get("frame-ancestors");
      fromHeader.delete("frame-ancestors");
      expect(fromHeader).toEqual(directives(meta!));
      expect(ancestors).toBe(path.startsWith("/embed/") ? "*" : "'none'");
    },
  );

  test("sends no referrer, no sniffing and no camera, microphone, location or cohort to every file; sets no cookie", () => {
    const all = rules.get("/*");
    expect(all?.get("referrer-policy")).toBe("no-referrer");
    expect(all?.get("x-content-type-options")).toBe("nosniff");
    for (const feature of ["interest-cohort", "camera", "microphone", "geolocation"]) {
      expect(all?.get("permissions-policy")).toContain(`${feature}=()`);
    }
    for (const headers of rules.values()) expect([...headers.keys()]).not.toContain("set-cookie");
  });

  test("lets any site frame an embed page, and no site frame any other page", () => {
    const dir = mkdtempSync(join(tmpdir(), "exile-headers-"));
    try {
      const page = (csp: string) =>
        `<html><head><meta http-equiv="content-security-policy" content="${csp}"></head></html>`;
      mkdirSync(join(dir, "embed", "prisoners"), { recursive: true });
      writeFileSync(join(dir, "index.html"), page("default-src &#39;self&#39;"));
      writeFileSync(join(dir, "embed", "prisoners", "index.html"), page("default-src 'self'"));
      const fixture = parseHeaders(headersFile(dir));
      expect(fixture.get("/")?.get("content-security-policy")).toBe("default-src 'self'; frame-ancestors 'none'");
      expect(fixture.get("/embed/prisoners/")?.get("content-security-policy")).toBe(
        "default-src 'self'; frame-ancestors *",
      );
      expect(fixture.get("/embed/prisoners/index.html")).toEqual(fixture.get("/embed/prisoners/"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
