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
 *
 * The exile map (src/styles/exile-map.css) has colours of its own under `map`, set as `--map-<name>`
 * the same way: `areas` are the ground it draws on, and `series` the marks readers must tell apart
 * (the circles of the compared series, the dashed rings and hatching of countries with figures
 * only in other series, Belarus, and the exile hubs). Each mark keeps 3:1 contrast (WCAG 1.4.11)
 * on the background and on every area, and the marks stay apart under the same simulations as the
 * chart series. The grey of "other" is the releases' grey: in every chart, grey marks what is not
 * the series being compared. An olive there was confused with Belarus's red under deuteranopia.
 */
export const themeColours = {
  light: {
    background: "#fdfdfc",
    series: {
      prisoners: "#b3261e",
      women: "#1f5fa8",
      release: "#5a5a5a",
    },
    map: {
      areas: {
        sea: "#f3f5f7",
        land: "#e4e2dc",
        "land-stroke": "#fdfdfc",
        figure: "#cfd8e3",
      },
      series: {
        symbol: "#1f5fa8",
        other: "#5a5a5a",
        belarus: "#b3261e",
        hub: "#1a1a1a",
      },
    },
  },
  dark: {
    background: "#161616",
    series: {
      prisoners: "#ff8a80",
      women: "#8ab8ff",
      release: "#a8a8a8",
    },
    map: {
      areas: {
        sea: "#1b2027",
        land: "#34332f",
        "land-stroke": "#161616",
        figure: "#2b3b4d",
      },
      series: {
        symbol: "#8ab8ff",
        other: "#a8a8a8",
        // A deeper red than the prisoners' #ff8a80: a large area in the lighter red glares on a dark
        // page, and under protanopia it came within ΔE 12 of the grey.
        belarus: "#f56f63",
        hub: "#ececea",
      },
    },
  },
} as const;

export type Theme = keyof typeof themeColours;
export type Series = keyof (typeof themeColours)["light"]["series"];

/** The CSS custom property that holds a series colour in the current theme. */
export const seriesProperty = (series: string) => `--series-${series}`;

/** The CSS custom property that holds one of the exile map's colours in the current theme. */
export const mapProperty = (name: string) => `--map-${name}`;

/** Every exile map colour of a theme, areas and series, by name. */
export const mapColours = (theme: Theme): Record<string, string> => ({
  ...themeColours[theme].map.areas,
  ...themeColours[theme].map.series,
});

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
    ...Object.fromEntries(Object.entries(mapColours(theme)).map(([name, colour]) => [mapProperty(name), colour])),
  };
  return markup.replace(/var\((--[\w-]+)(?:\s*,[^)]*)?\)/g, (variable, name: string) => values[name] ?? variable);
}
