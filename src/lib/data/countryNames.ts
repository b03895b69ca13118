import countries from "i18n-iso-countries";
import be from "i18n-iso-countries/langs/be.json" with { type: "json" };
import ru from "i18n-iso-countries/langs/ru.json" with { type: "json" };

// Only the languages the editions translate into are registered; English names come from the data.
countries.registerLocale(be);
countries.registerLocale(ru);

/**
 * A country's name in an edition's language from its ISO 3166 alpha-3 code, as the kept
 * i18n-iso-countries lists write it, so no country name is typed by hand. Falls back to the
 * data's English name for a code the list does not know (the validator's country-code check
 * makes that unlikely).
 *
 * @example
 * countryName("LTU", "be", "Lithuania") // "Літва"
 */
export const countryName = (iso3: string, locale: "be" | "ru", english: string): string =>
  countries.getName(iso3, locale) ?? english;
