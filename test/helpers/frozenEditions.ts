import { dataInEdition } from "../../src/lib/data/translations.ts";
import type { StoryData } from "../../src/lib/data/storyData.ts";
import type { Locale } from "../../src/lib/i18n/locales.ts";
import { frozenData } from "./frozenData.ts";

/**
 * The frozen data in an edition's words, as the edition layer gives it to the charts: each prose
 * cell from its `_be` or `_ru` column and each country named in the edition's language.
 */
export const frozenDataIn = (locale: Locale): StoryData => dataInEdition(frozenData, locale);
