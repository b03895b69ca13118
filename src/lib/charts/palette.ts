/**
 * Chart colours for each theme. The charts are rendered once at build time and must suit both
 * themes, so they never carry a colour: they name a CSS custom property (`palette`), and
 * src/styles/global.css sets each property to the value below for the light and the dark theme
 * (test/unit/charts/palette.test.ts checks the two files agree).
 *
 * Each series colour keeps at least 4.5:1 contrast on its theme's background, and every pair stays
 * apart for readers with protanopia, deuteranopia or tritanopia: the prisoner red and the women
 * blue differ in lightness as well as hue, and releases are a neutral grey (and dashed).
 * To add a series, add it to both themes; the tests then check it against every other one.
 */
export const themeColours = {
  light: {
    background: "#fdfdfc",
    series: {
      prisoners: "#b3261e",
      women: "#1f5fa8",
      release: "#5a5a5a",
    },
  },
  dark: {
    background: "#161616",
    series: {
      prisoners: "#ff8a80",
      women: "#8ab8ff",
      release: "#a8a8a8",
    },
  },
} as const;

export type Theme = keyof typeof themeColours;
export type Series = keyof (typeof themeColours)["light"]["series"];

/** The CSS custom property that holds a series colour in the current theme. */
export const seriesProperty = (series: string) => `--series-${series}`;

/** What chart builders use: each series colour as a CSS variable, so one SVG serves both themes. */
export const palette = Object.fromEntries(
  Object.keys(themeColours.light.series).map((series) => [series, `var(${seriesProperty(series)})`]),
) as Record<Series, string>;

/** The page background behind a chart, for halos and hollow markers. */
export const chartBackground = "var(--background)";

/**
 * Chart markup with every theme variable replaced by its value in one theme, for a file opened
 * outside the site (a downloaded SVG, a PNG rendered at build time), which cannot read the site's
 * CSS. Variables the palette does not know are left as they are.
 *
 * @example
 * withThemeColours('<path stroke="var(--series-prisoners)"/>') // '<path stroke="#b3261e"/>'
 */
export function withThemeColours(markup: string, theme: Theme = "light"): string {
  const values: Record<string, string> = {
    "--background": themeColours[theme].background,
    ...Object.fromEntries(
      Object.entries(themeColours[theme].series).map(([series, colour]) => [seriesProperty(series), colour]),
    ),
  };
  return markup.replace(/var\((--[\w-]+)(?:\s*,[^)]*)?\)/g, (variable, name: string) => values[name] ?? variable);
}
