/**
 * The story's editions: the one list that the pages, the edition layer (src/lib/edition) and
 * astro.config.mjs read. English comes first and is the default, at the site's root; every other
 * edition lives under its own prefix (`/be/`, `/ru/`) and takes its copy from
 * src/content/(story, chapters, charts, ui)/<locale> and its data words from `<column>_<locale>`.
 */
export const locales = ["en", "be", "ru"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The URL prefix of an edition, without the base path: "/" for the default one, `/be/` for Belarusian. */
export const localePrefix = (locale: Locale): string => (locale === defaultLocale ? "/" : `/${locale}/`);

/** The edition a path on the site belongs to, by its prefix: "/be/events/" is "be", "/events/" is "en". */
export const editionOf = (path: string): Locale =>
  locales.find((locale) => locale !== defaultLocale && path.startsWith(localePrefix(locale))) ?? defaultLocale;

/** A path inside its edition, as English has it: "/be/embed/timeline/" is "/embed/timeline/". */
export const pathInEdition = (path: string): string => `/${path.slice(localePrefix(editionOf(path)).length)}`;

/** The `[...locale]` route parameter of an edition: undefined (the root) for the default one. */
export const localeParam = (locale: Locale): string | undefined => (locale === defaultLocale ? undefined : locale);

/**
 * A path on the site with its base path applied (`import.meta.env.BASE_URL`, "/" unless a later
 * deployment sets one), for the files every edition shares: /data/*.csv, /embed.js, /favicon.svg.
 * Pages of an edition take theirs from editionPath, which adds the edition's prefix.
 */
export function sitePath(path: string): string {
  const base = (import.meta.env?.BASE_URL ?? "/").replace(/\/?$/, "/");
  return `${base}${path.replace(/^\//, "")}`;
}

/** A path inside an edition: editionPath("be", "events/") is "/be/events/"; ("en", "") is "/". */
export const editionPath = (locale: Locale, path: string): string =>
  sitePath(`${localePrefix(locale)}${path.replace(/^\//, "")}`);

/** An edition's language in its own words ("беларуская", "русский", "English"), from Intl. */
export const languageName = (locale: Locale): string => {
  const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
};

/** A page's address in every edition, for the language switcher and hreflang links. */
export interface EditionLink {
  locale: Locale;
  href: string;
  name: string;
}

/** The same page (a path inside an edition, e.g. "events/") in every edition, English first. */
export const editionLinks = (path: string): EditionLink[] =>
  locales.map((locale) => ({ locale, href: editionPath(locale, path), name: languageName(locale) }));
