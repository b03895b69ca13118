import { parseHTML } from "linkedom";
import { cachedArtefact } from "../build/artefactCache.ts";
import { SVG_NS } from "../charts/svgElement.ts";
import { chartStylesHash, inlineChartStyles, type FileTheme } from "../build/inlineChartStyles.ts";

/**
 * The story's step figures as files of their own.
 *
 * Inlining every step's SVG at both widths made the story page 931 KB (131 KB gzip), most of it
 * map geometry repeated once per step, which a phone parses before it can paint. So the page holds
 * only a `<picture>` per figure (StepPicture.astro), loaded lazily: a reader without JavaScript
 * still gets every figure, in order, as the reader scrolls to it. The chart code of a chapter then
 * fetches the chapter's fragment (below) and puts the same SVGs inline, where it can make them
 * interactive (src/lib/charts/inlineFigures.ts).
 */

export const FIGURE_THEMES = ["light", "dark"] as const satisfies readonly FileTheme[];
export const FIGURE_WIDTHS = ["narrow", "wide"] as const;
export type FigureWidth = (typeof FIGURE_WIDTHS)[number];

/**
 * The page's font stack (src/styles/global.css): an SVG shown as an image does not inherit the
 * page's font, so each file names the same system fonts. test/site/fonts.test.ts checks the two
 * agree.
 */
export const FONT_STACK =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** The file name of one step figure at one width in one theme, e.g. `exile-map-poland-wide-dark.svg`. */
export const figureFileName = (step: string, width: FigureWidth, theme: FileTheme): string =>
  `${step}-${width}-${theme}.svg`;

/** The file name of a chapter's fragment: every step's SVGs at both widths, for the chart code. */
export const chapterFragmentName = (chapter: string): string => `${chapter}.json`;

/**
 * A chart's build-time SVG as a file an `<img>` can show: the theme's colours written in, the
 * page's font named on the root, and the SVG namespace that a standalone file needs.
 */
export function figureFile(svg: string, theme: FileTheme): string {
  return cachedArtefact("figure-file", [svg, theme, chartStylesHash()], () =>
    inlineChartStyles(svg.trim(), { theme }).replace(/^<svg\b[^>]*>/, (root) => {
      let out = root.replace(/\sfont-family="[^"]*"/, "").replace(/^<svg/, `<svg font-family="${FONT_STACK}"`);
      if (!/\sxmlns="/.test(out)) out = out.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
      return out;
    }),
  );
}

/**
 * The chart's accessible name (the root's aria-label, see accessibleSvg.ts), as text: the image's
 * alternative text is the same words a screen reader hears for the inline SVG.
 */
export function figureLabel(svg: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector("svg")?.getAttribute("aria-label") ?? "";
}

/**
 * A chapter's fragment: for each step id, its two build-time SVGs exactly as the page used to
 * inline them. JSON rather than an HTML file, which every tool here would take for a page; the
 * SVGs are HTML (Astro's and Plot's serialisation), which the browser reads with its HTML parser as
 * it read the page.
 */
export function chapterFragment(steps: readonly { id: string; svgs: Record<FigureWidth, string> }[]): string {
  return JSON.stringify(Object.fromEntries(steps.map((step) => [step.id, step.svgs])));
}
