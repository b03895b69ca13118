import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Launcher } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_FLAGS, chromiumPath } from "./browser.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** What the benchmark keeps of one Lighthouse run. */
export interface LighthouseRun {
  scores: Record<Category, number | null>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** The element whose paint was the largest contentful paint, e.g. "p" or "h1". */
  lcpElement: string;
  /** Audits that cost points outside performance, to say why a score is under 100. */
  failing: string[];
  benchmarkIndex: number | null;
}

/**
 * Chromium flags for Lighthouse's browser, as scripts/lib/browser.ts uses for Playwright's. The
 * resolver rule makes every host but 127.0.0.1 fail to resolve, so no run can leave the machine.
 */
const FLAGS = ["--headless", ...CHROMIUM_FLAGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"];

/**
 * Runs Lighthouse once on a page, in a fresh Debian Chromium with a fresh profile: the default
 * mobile profile (a mid-range phone on slow 4G, simulated) or the desktop preset. Lighthouse runs
 * axe through the DevTools protocol, which the page's CSP does not apply to, so the accessibility
 * score is a real score. Throttling is simulated from this machine's speed, so compare medians
 * taken on one machine.
 */
export async function runLighthouse(url: string, formFactor: "mobile" | "desktop", workDir: string) {
  const base = mkdtempSync(join(workDir, "lighthouse-"));
  const userDataDir = join(base, "profile");
  const tmp = join(base, "tmp");
  // chrome-launcher writes its log into the profile folder, and kills Chromium with SIGKILL, which
  // leaves lock folders in TMPDIR: both live in `base`, removed afterwards.
  mkdirSync(userDataDir);
  mkdirSync(tmp);
  const chrome = new Launcher({
    chromePath: chromiumPath(),
    userDataDir,
    chromeFlags: FLAGS,
    envVars: { ...process.env, TMPDIR: tmp } as Record<string, string>,
    handleSIGINT: false,
  });
  try {
    await chrome.launch();
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return summarise(result.lhr);
  } finally {
    chrome.kill();
    rmSync(base, { recursive: true, force: true });
  }
}

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function summarise(lhr: Result): LighthouseRun {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audits = lhr.audits;
  const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const score = (category: Category) => {
    const value = lhr.categories[category]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  // Lighthouse 13 names the LCP element in its LCP breakdown insight.
  const details = audits["lcp-breakdown-insight"]?.details as {
    items?: { type?: string; nodeLabel?: string; snippet?: string }[];
  };
  const node = details?.items?.find((item) => item.type === "node");
  const failing = CATEGORIES.filter((category) => category !== "performance").flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id}`),
  );
  return {
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as LighthouseRun["scores"],
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    fcpMs: numeric("first-contentful-paint"),
    lcpElement: /^<([a-z0-9-]+)/i.exec(node?.snippet ?? "")?.[1]?.toLowerCase() ?? "unknown",
    failing,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}
