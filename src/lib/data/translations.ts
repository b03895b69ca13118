import type { z } from "astro/zod";
import { countryName } from "./countryNames.ts";
import type { StoryData } from "./storyData.ts";

/** The editions whose words sit beside the English ones in data/, as `<column>_be`, `<column>_ru`. */
export const TRANSLATED_LANGUAGES = [
  { suffix: "be", name: "Belarusian" },
  { suffix: "ru", name: "Russian" },
] as const;

/**
 * Requires the Belarusian and Russian versions of an optional prose cell (a timeline figure, a
 * hub's note) wherever the English one is written. An empty English cell may stay empty in every
 * language; a written one may not, or an edition would silently drop what English shows. The
 * issue names the translation's own column, so the message reads file:line:figure_be.
 */
export function requireTranslations(row: Record<string, unknown>, ctx: z.RefinementCtx, column: string): void {
  if (row[column] === undefined) return;
  for (const { suffix, name } of TRANSLATED_LANGUAGES) {
    if (row[`${column}_${suffix}`] !== undefined) continue;
    ctx.addIssue({
      code: "custom",
      path: [`${column}_${suffix}`],
      message: `empty cell (${column} is filled in)`,
      params: { expected: `the ${name} text of ${column}` },
    });
  }
}

/** The edition codes whose words sit in `<column>_<code>` cells. */
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number]["suffix"];

/** Whether an edition reads its words from `<column>_<locale>` cells rather than the English ones. */
export const isTranslated = (locale: string): locale is TranslatedLanguage =>
  TRANSLATED_LANGUAGES.some((language) => language.suffix === locale);

/**
 * A row with each prose cell in one edition's words: `title` becomes what `title_be` holds, and so
 * on for every `<column>_<locale>` cell of the row. Charts, tables and lists then read `title`
 * whatever the edition, so none of them needs to know which editions exist. A translation left
 * empty where English is empty (an optional note) stays empty.
 *
 * @example
 * rowInEdition({title: "Detained", title_be: "Затрыманы", title_ru: "Задержан"}, "be").title // "Затрыманы"
 */
export function rowInEdition<Row extends object>(row: Row, locale: TranslatedLanguage): Row {
  const translated = { ...row } as Record<string, unknown>;
  const suffix = `_${locale}`;
  for (const [column, value] of Object.entries(row))
    if (column.endsWith(suffix)) translated[column.slice(0, -suffix.length)] = value;
  return translated as Row;
}

/**
 * Each English name on the list of people the site may name, with its spelling in one edition:
 * "Ales Bialiatski" → "Алесь Бяляцкі" for Belarusian.
 */
export function namesInEdition(people: StoryData["people"], locale: TranslatedLanguage): Map<string, string> {
  return new Map(people.map((person) => [person.name_en, person[`name_${locale}`]]));
}

/**
 * Every row of the story's data in one edition's words (see rowInEdition), with each country named
 * in the edition's language from its ISO code (countryName), and each person a row names (the
 * timeline's `people`) spelled as the list of people writes them in that language, so that the
 * events page's filter, the events' data attributes and the drawn rows' CSV name them as the text
 * around them does. English is the data as it is.
 */
export function dataInEdition(data: StoryData, locale: string): StoryData {
  if (!isTranslated(locale)) return data;
  const names = namesInEdition(data.people, locale);
  const inEdition = (row: object) => {
    const translated = rowInEdition(row, locale) as Record<string, unknown>;
    if (typeof translated.iso3 === "string" && typeof translated.country === "string")
      translated.country = countryName(translated.iso3, locale, translated.country);
    // The validator refuses a name that is not on the list, so the English fallback is only for
    // data read without it (a test's hand-made rows).
    if (Array.isArray(translated.people))
      translated.people = (translated.people as string[]).map((name) => names.get(name) ?? name);
    return translated;
  };
  return Object.fromEntries(
    Object.entries(data).map(([name, rows]) => [name, (rows as object[]).map(inEdition)]),
  ) as unknown as StoryData;
}
