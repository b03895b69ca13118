import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";

type Width = "narrow" | "wide";

/** Every step's SVGs as a built site publishes them for inlining: /figures/<chapter>.json, merged. */
export function builtFragments(siteDir: string): Map<string, Record<Width, string>> {
  const folder = join(siteDir, "figures");
  const fragments = new Map<string, Record<Width, string>>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".json")))
    for (const [id, svgs] of Object.entries(
      JSON.parse(readFileSync(join(folder, file), "utf8")) as Record<string, Record<Width, string>>,
    ))
      fragments.set(id, svgs);
  return fragments;
}

/**
 * A story step's chart SVG at one width, from the built site (the markup the page puts inline),
 * parsed; undefined if the site has no such step.
 */
export function builtStepSvg(siteDir: string, stepId: string, width: Width): SVGSVGElement | undefined {
  const markup = builtFragments(siteDir).get(stepId)?.[width];
  if (markup === undefined) return undefined;
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return (document.querySelector("svg") as unknown as SVGSVGElement | null) ?? undefined;
}
