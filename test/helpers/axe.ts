import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * The rules whose outcome depends on the colours a page is drawn in. A colour scheme changes only
 * colours (global.css swaps colour custom properties and nothing else), so a page already checked
 * with every rule in one scheme needs only these in the other: the rest read markup, names, roles
 * and structure, which are the same in both, and running them again doubled the time of every
 * two-scheme check (issue 13).
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"] as const;

/**
 * Runs axe-core (WCAG 2.1 A and AA) on a page and returns each violation as "rule: targets";
 * `{ only: "colour" }` runs only COLOUR_RULES, for a page checked again in its other scheme.
 * axe is injected as an inline script, which the page's CSP rightly refuses: open the page in a
 * context with `bypassCSP: true`.
 */
export async function axeViolations(page: Page, { only }: { only?: "colour" } = {}): Promise<string[]> {
  // Injected once a page, so a page checked again (in its other colour scheme) reuses it.
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  const runOnly =
    only === "colour"
      ? { type: "rule", values: [...COLOUR_RULES] }
      : { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] };
  return page.evaluate(async (runOnly) => {
    interface Result {
      violations: { id: string; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<Result> } }).axe;
    const result = await axe.run({ runOnly });
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  }, runOnly);
}
