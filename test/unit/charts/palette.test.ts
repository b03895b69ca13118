import { readFileSync } from "node:fs";
import {
  colorsNamed,
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
  mapColours,
  mapProperty,
  palette,
  seriesProperty,
  themeColours,
  withThemeColours,
  type Theme,
} from "../../../src/lib/charts/palette.ts";

const css = readFileSync("src/styles/global.css", "utf8");
/** The map's stylesheet without its comments, whose words are not colours. */
const mapCss = readFileSync("src/styles/exile-map.css", "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

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

/** WCAG 2.1 AA (1.4.11): 3:1 for the parts of a graphic a reader needs, against what is next to them. */
const MIN_GRAPHIC_CONTRAST = 3;

const pairs = <T>(items: readonly T[]) => items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as const));

/** The smallest difference between two colours over every simulated vision, and the vision that gives it. */
function closest(a: string, b: string): { difference: number; vision: string } {
  return Object.entries(visions)
    .map(([vision, simulate]) => ({ vision, difference: de2000(simulate(parse(a)!), simulate(parse(b)!)) }))
    .reduce((low, next) => (next.difference < low.difference ? next : low));
}

/** The colours readers must tell apart, per chart: every pair is checked in each theme. */
const seriesGroups: Record<string, (theme: Theme) => Record<string, string>> = {
  "chart series": (theme) => themeColours[theme].series,
  "exile map series": (theme) => themeColours[theme].map.series,
};

/**
 * The map areas its marks sit on. The borders between countries ("land-stroke") are hairlines under
 * the marks, not a ground they are read against.
 */
const mapGrounds = (theme: Theme) =>
  Object.entries(themeColours[theme].map.areas).filter(([name]) => name !== "land-stroke");

describe("the chart palette (src/lib/charts/palette.ts)", () => {
  test("gives charts only CSS variables, one per series, so one SVG serves both themes", () => {
    for (const [series, value] of Object.entries(palette)) expect(value).toBe(`var(${seriesProperty(series)})`);
  });

  test.each(themes)(
    "withThemeColours(markup, %s) writes the theme's colours in, for files read outside the site",
    (theme) => {
      const markup = `<path stroke="${palette.prisoners}" fill="${chartBackground}"/><circle stroke="var(--map-other)"/><g fill="var(--other)"/>`;
      expect(withThemeColours(markup, theme)).toBe(
        `<path stroke="${themeColours[theme].series.prisoners}" fill="${themeColours[theme].background}"/>` +
          `<circle stroke="${themeColours[theme].map.series.other}"/><g fill="var(--other)"/>`,
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
      const map = mapColours(theme);
      for (const [name, colour] of Object.entries(map)) expect(block.get(mapProperty(name)), name).toBe(colour);
      const mapInCss = [...block.keys()].filter((name) => name.startsWith("--map-"));
      expect(mapInCss.sort()).toEqual(Object.keys(map).map(mapProperty).sort());
    }
  });

  test("exile-map.css names no colour of its own: every colour it uses is a palette variable", () => {
    const declarations = [...mapCss.matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)].map(
      (match) => [match[1]!, match[2]!] as const,
    );
    expect(declarations.length).toBeGreaterThan(10);
    for (const [property, value] of declarations) {
      // A fallback would be a light-only colour wherever the variable is missing.
      expect(value, `${property}: ${value}`).not.toMatch(/var\(\s*--[\w-]+\s*,/);
      const rest = value.replace(/var\(\s*--[\w-]+\s*\)/g, " ");
      expect(rest, `${property}: ${value}`).not.toMatch(
        /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i,
      );
      const words = rest.toLowerCase().match(/[a-z]+/g) ?? [];
      expect(
        words.filter((word) => word in colorsNamed),
        `${property}: ${value}`,
      ).toEqual([]);
    }
    // Every map variable it names is in the palette, and every map colour of the palette is used.
    const used = new Set([...mapCss.matchAll(/var\(\s*(--map-[\w-]+)/g)].map((match) => match[1]!));
    expect([...used].sort()).toEqual(Object.keys(mapColours("light")).map(mapProperty).sort());
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

  test.each(themes)(
    "keeps the exile map's marks at 3:1 and its labels at 4.5:1 on the %s background and every map area",
    (theme) => {
      const [block] = cssThemes[theme];
      const grounds = [["background", themeColours[theme].background] as const, ...mapGrounds(theme)];
      for (const [ground, behind] of grounds) {
        for (const [mark, colour] of Object.entries(themeColours[theme].map.series)) {
          expect(wcagContrast(colour, behind), `${mark} ${colour} on ${ground} ${behind}`).toBeGreaterThanOrEqual(
            MIN_GRAPHIC_CONTRAST,
          );
        }
        // Place names are drawn in the text colour; the figure the keyboard chose is ringed in the focus colour.
        expect(wcagContrast(block!.get("--text")!, behind), `text on ${ground}`).toBeGreaterThanOrEqual(
          MIN_TEXT_CONTRAST,
        );
        expect(wcagContrast(block!.get("--focus")!, behind), `focus on ${ground}`).toBeGreaterThanOrEqual(
          MIN_GRAPHIC_CONTRAST,
        );
      }
    },
  );

  test("the difference check rejects a pair deuteranopes confuse: the map's former olive beside Belarus's red", () => {
    const { difference, vision } = closest("#5b6b2f", "#b3261e");
    expect(vision).toBe("deuteranopia");
    expect(difference).toBeLessThan(MIN_DIFFERENCE);
  });

  describe.each(themes)("in the %s theme", (theme) => {
    describe.each(Object.keys(seriesGroups))("the %s", (group) => {
      const series = Object.entries(seriesGroups[group]!(theme));
      test.each(Object.keys(visions))("keeps every pair apart with %s (ΔE2000 ≥ 10)", (vision) => {
        const simulate = visions[vision]!;
        for (const [[a, colourA], [b, colourB]] of pairs(series)) {
          const difference = de2000(simulate(parse(colourA)!), simulate(parse(colourB)!));
          expect(difference, `${a} ${colourA} and ${b} ${colourB}`).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
        }
      });
    });
  });
});
