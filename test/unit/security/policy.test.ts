import { describe, expect, test } from "vitest";
import {
  commonHeaders,
  cspDirectives,
  frameAncestors,
  scriptResources,
  styleResources,
} from "../../../src/lib/security/policy.ts";

describe("frameAncestors(pagePath)", () => {
  test("lets any page frame an embed", () => {
    expect(frameAncestors("/embed/political-prisoners/")).toBe("*");
    expect(frameAncestors("/embed/timeline/index.html")).toBe("*");
  });

  test("refuses framing for every other page, including paths that only look like embeds", () => {
    for (const path of ["/", "/updates/", "/embed", "/embeds/x/", "/en/embed/x/", "/data/embed/x"]) {
      expect(frameAncestors(path), path).toBe("'none'");
    }
  });
});

describe("the policies", () => {
  test("every directive limits to our own origin or to nothing, and none allows inline code", () => {
    const all = [...cspDirectives, ...scriptResources, ...styleResources].join(" ");
    expect(all).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(cspDirectives).toContain("default-src 'self'");
    expect(cspDirectives).toContain("object-src 'none'");
    expect(scriptResources).toEqual(["'self'"]);
    expect(styleResources).toEqual(["'self'"]);
  });

  test("no referrer leaves the site, nothing is sniffed, and no powerful feature is allowed", () => {
    expect(commonHeaders["Referrer-Policy"]).toBe("no-referrer");
    expect(commonHeaders["X-Content-Type-Options"]).toBe("nosniff");
    for (const feature of ["camera", "microphone", "geolocation", "interest-cohort", "browsing-topics"]) {
      expect(commonHeaders["Permissions-Policy"]).toContain(`${feature}=()`);
    }
  });
});
