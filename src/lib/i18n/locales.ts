/**
 * The story's editions. English comes first; a Belarusian or Russian edition is added by listing
 * it here (and in astro.config.mjs) and adding its copy under src/content/(story, charts, ui)/<locale>, without
 * copying any page.
 */
export const locales = ["en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The URL prefix of an edition: none for the default one, `/be/` for Belarusian and so on. */
export const localePrefix = (locale: Locale): string => (locale === defaultLocale ? "/" : `/${locale}/`);
