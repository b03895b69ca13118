import { readFileSync } from "node:fs";
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
} from "culori";
import { describe, expect, test } from "vitest";
import {
  chartBackground,
  palette,
  seriesProperty,
  themeColours,
  withThemeColours,
  type Theme,
} from "../../../src/lib/charts/palette.ts";

const css = readFileSync("src/styles/global.css", "utf8");

/** The custom properties set in the first CSS block after `selector`. */
function properties(selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  expect(start, `${selector} in global.css`).toBeGreaterThanOrEqual(0);
  const block = css.slice(css.indexOf("{", start) + 1, css.indexOf("}", start));
  return new Map([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

const cssThemes: Record<Theme, Map<string, string>[]> = {
  light: [properties(":root {")],
  dark: [properties(':root:not([data-theme="light"])'), properties(':root[data-theme="dark"]')],
};
const themes = Object.keys(themeColours) as Theme[];
const de2000 = differenceCiede2000();

/**
 * The simulations are full-strength dichromacy (severity 1), the hardest case. "none" is normal
 * vision, so a pair that everyone confuses fails too.
 */
const visions: Record<string, (colour: Color) => Color> = {
  none: (colour) => colour,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};

/**
 * A CIEDE2000 difference of about 1 to 2 is just noticeable between two large patches side by
 * side. Chart series are thin lines and small dots, often apart from each other and from their
 * legend, so they need several times that: 10 is the difference palette checkers commonly treat
 * as the least for categorical colours that must not be mistaken for each other.
 */
const MIN_DIFFERENCE = 10;

/** WCAG 2.1 AA: 4.5:1 for text (the women label is drawn in its series colour), so for all series. */
const MIN_TEXT_CONTRAST = 4.5;

const pairs = <T>(items: readonly T[]) => items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as const));

describe("the chart palette (src/lib/charts/palette.ts)", () => {
  test("gives charts only CSS variables, one per series, so one SVG serves both themes", () => {
    for (const [series, value] of Object.entries(palette)) expect(value).toBe(`var(${seriesProperty(series)})`);
  });

  test.each(themes)(
    "withThemeColours(markup, %s) writes the theme's colours in, for files read outside the site",
    (theme) => {
      const markup = `<path stroke="${palette.prisoners}" fill="${chartBackground}"/><g fill="var(--other)"/>`;
      expect(withThemeColours(markup, theme)).toBe(
        `<path stroke="${themeColours[theme].series.prisoners}" fill="${themeColours[theme].background}"/><g fill="var(--other)"/>`,
      );
    },
  );

  test.each(themes)("matches global.css in the %s theme, in every block that sets it", (theme) => {
    const { background, series } = themeColours[theme];
    for (const block of cssThemes[theme]) {
      expect(block.get("--background")).toBe(background);
      for (const [name, colour] of Object.entries(series)) expect(block.get(seriesProperty(name)), name).toBe(colour);
      const inCss = [...block.keys()].filter((name) => name.startsWith("--series-"));
      expect(inCss.sort()).toEqual(Object.keys(series).map(seriesProperty).sort());
    }
  });

  test.each(themes)("keeps text, links and every series at AA contrast on the %s background", (theme) => {
    for (const block of cssThemes[theme]) {
      const background = block.get("--background")!;
      const text = ["--text", "--muted", "--focus", ...Object.keys(themeColours[theme].series).map(seriesProperty)];
      for (const name of text) {
        expect(wcagContrast(block.get(name)!, background), `${name} on ${background}`).toBeGreaterThanOrEqual(
          MIN_TEXT_CONTRAST,
        );
      }
      // The active step's border is a user-interface component: 3:1 (WCAG 1.4.11).
      expect(wcagContrast(block.get("--accent")!, background)).toBeGreaterThanOrEqual(3);
    }
  });

  describe.each(themes)("in the %s theme", (theme) => {
    const series = Object.entries(themeColours[theme].series);
    test.each(Object.keys(visions))("keeps every pair of series apart with %s (ΔE2000 ≥ 10)", (vision) => {
      const simulate = visions[vision]!;
      for (const [[a, colourA], [b, colourB]] of pairs(series)) {
        const difference = de2000(simulate(parse(colourA)!), simulate(parse(colourB)!));
        expect(difference, `${a} ${colourA} and ${b} ${colourB}`).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
      }
    });
  });
});
