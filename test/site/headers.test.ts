import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, test } from "vitest";
import { serveStatic } from "../../scripts/lib/browser.ts";
import { serveCompressed } from "../../scripts/lib/compressedSite.ts";
import { parseHeadersFile } from "../../scripts/lib/headersFile.ts";
import { walk } from "../../scripts/lib/thirdParty.ts";
import { headersFile, pagePath } from "../../src/integrations/securityHeaders.ts";
import { useBuiltSiteInChromium, waitForScrollies } from "../helpers/builtSiteInChromium.ts";
import { pathInEdition } from "../../src/lib/i18n/locales.ts";

const siteDir = inject("siteDir");
const site = useBuiltSiteInChromium();
const pages = walk(siteDir).filter((file) => file.endsWith(".html"));

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
  const rules = parseHeadersFile(readFileSync(join(siteDir, "_headers"), "utf8"));

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
      expect(ancestors).toBe(pathInEdition(path).startsWith("/embed/") ? "*" : "'none'");
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
      const fixture = parseHeadersFile(headersFile(dir));
      expect(fixture.get("/")?.get("content-security-policy")).toBe("default-src 'self'; frame-ancestors 'none'");
      expect(fixture.get("/embed/prisoners/")?.get("content-security-policy")).toBe(
        "default-src 'self'; frame-ancestors *",
      );
      expect(fixture.get("/embed/prisoners/index.html")).toEqual(fixture.get("/embed/prisoners/"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("reach the browser from a host that applies _headers, with no console error, and stop other sites framing the story", async () => {
    const work = mkdtempSync(join(tmpdir(), "exile-served-"));
    const served = await serveCompressed(siteDir, work);
    writeFileSync(
      join(work, "frame.html"),
      `<!doctype html><title>frame</title><iframe src="${served.origin}/"></iframe>`,
    );
    const framer = await serveStatic(work);
    const page = await site.browser().newPage();
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    try {
      const response = await page.goto(`${served.origin}/`, { waitUntil: "load" });
      await waitForScrollies(page);
      const headers = await response!.allHeaders();
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(headers["set-cookie"]).toBeUndefined();
      expect(errors).toEqual([]);
      await expect(page.context().cookies()).resolves.toEqual([]);

      await page.goto(`${framer.origin}/frame.html`, { waitUntil: "load" });
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      // A refused frame shows Chromium's error page instead of the story.
      await expect.poll(() => frame!.url()).toMatch(/^chrome-error:/);
      await expect.poll(() => errors.join("\n")).toMatch(/frame-ancestors/);
    } finally {
      await page.close();
      await framer.close();
      await served.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
