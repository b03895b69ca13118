import type { Locale } from "./locales.ts";

/**
 * Number and date formatting for an edition. Dates in the data are calendar dates with no time
 * zone, so they are formatted in UTC: formatting in the reader's zone could move a date by a day.
 *
 * @example
 * formatters("en").date("2026-03-05") // "5 March 2026"
 * formatters("en").date("2021-10")    // "October 2021" (month precision stays a month)
 * formatters("en").date("2022")       // "2022" (a yearly figure's period)
 * formatters("en", {monthStyle: "short"}).date("2026-03-05") // "5 Mar 2026"
 * formatters("be").date("2020-08-09") // "9 жніўня 2020 г." (Intl's genitive month)
 * formatters("be").number(1206)       // "1 206" (with a no-break space)
 */
export function formatters(locale: Locale, { monthStyle = "long" }: { monthStyle?: "long" | "short" } = {}) {
  const region = locale === "en" ? "en-GB" : locale;
  // Belarusian ICU leaves four-digit numbers ungrouped (1206) where a Belarusian reader writes
  // "1 206"; "always" groups them, with the no-break space both Cyrillic editions use.
  const number = new Intl.NumberFormat(locale, locale === "en" ? {} : { useGrouping: "always" });
  const plurals = new Intl.PluralRules(locale);
  const day = new Intl.DateTimeFormat(region, { day: "numeric", month: monthStyle, year: "numeric", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(region, { month: monthStyle, year: "numeric", timeZone: "UTC" });
  return {
    number: (value: number) => number.format(value),
    /**
     * The plural category of a count in this edition ("one", "few", "many", "other"), for
     * picking a form from an ICU-style set: Belarusian and Russian need three, English two.
     */
    plural: (value: number) => plurals.select(value),
    // A bare year (a yearly figure's period) stays a year.
    date: (iso: string) =>
      iso.length === 4
        ? iso
        : iso.length === 7
          ? month.format(new Date(`${iso}-01T00:00:00Z`))
          : day.format(new Date(`${iso}T00:00:00Z`)),
  };
}

/** Fills `{name}` slots in a UI string, e.g. fill("at least {count}", {count: "1,140"}). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/**
 * Fills `{name}` slots, choosing each `{name, plural, one {…} few {…} many {…} other {…}}` form by
 * the count's plural category in the edition (Intl.PluralRules), as ICU message format does; `#`
 * in a form is the formatted count. Copy with a count then never reads "N event(s)".
 *
 * @example
 * fillPlural("{n, plural, one {# падзея} few {# падзеі} many {# падзей} other {# падзеі}}", {n: 5}, formatters("be"))
 * // "5 падзей"
 */
export function fillPlural(
  template: string,
  values: Record<string, number>,
  format: { number: (n: number) => string; plural: (n: number) => string },
): string {
  const withForms = template.replace(
    /\{(\w+),\s*plural,((?:\s*[=\w]+\s*\{[^{}]*\})+)\s*\}/g,
    (slot, name: string, body: string) => {
      const value = values[name];
      if (value === undefined) return slot;
      const forms = new Map([...body.matchAll(/([=\w]+)\s*\{([^{}]*)\}/g)].map((m) => [m[1]!, m[2]!]));
      const form = forms.get(`=${value}`) ?? forms.get(format.plural(value)) ?? forms.get("other") ?? slot;
      return form.replace(/#/g, format.number(value));
    },
  );
  return fill(
    withForms,
    Object.fromEntries(Object.entries(values).map(([name, value]) => [name, format.number(value)])),
  );
}

/**
 * Intl ends Belarusian and Russian day dates with "г." (9 жніўня 2020 г.), so a date slot before a
 * full stop prints "г.."; the sentence's own full stop then goes.
 */
export const collapseDoubleStops = (html: string): string => html.replace(/(\sг\.)((?:<\/time>)?)\./g, "$1$2");

/** Tick labels of a chart's axes in an edition's language, as Plot's `tickFormat` functions. */
export interface AxisTicks {
  /** A date tick: its month, with the year under it on the first tick and where the year changes. */
  date: (date: Date, index: number, ticks?: readonly Date[]) => string;
  number: (value: number) => string;
}

/**
 * Axis ticks for the Belarusian and Russian editions: Plot's own labels are English ("Aug",
 * "1,000"). They follow Plot's layout (a year under the first month and each new year's; a year
 * alone when every tick is a new year) with Intl's short month names. English keeps Plot's
 * defaults, so its charts draw exactly as before: undefined.
 *
 * @example
 * axisTicks("ru")?.date(new Date("2020-08-01"), 0, ticks) // "авг.\n2020"
 */
export function axisTicks(locale: Locale): AxisTicks | undefined {
  if (locale === "en") return undefined;
  const month = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const { number } = formatters(locale);
  const isNewYear = (date: Date) => date.getUTCMonth() === 0 && date.getUTCDate() === 1;
  return {
    // Plot passes every tick as the third argument (its text channel's data); without them a
    // January tick stands for a new year.
    date: (date, index, ticks = []) => {
      const year = String(date.getUTCFullYear());
      if (ticks.length > 0 && ticks.every(isNewYear)) return year;
      const previous = ticks[index - 1];
      const newYear =
        index === 0 ||
        (previous === undefined ? date.getUTCMonth() === 0 : previous.getUTCFullYear() !== date.getUTCFullYear());
      return newYear ? `${month.format(date)}\n${year}` : month.format(date);
    },
    number,
  };
}
