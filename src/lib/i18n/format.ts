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
 */
export function formatters(locale: Locale, { monthStyle = "long" }: { monthStyle?: "long" | "short" } = {}) {
  const region = locale === "en" ? "en-GB" : locale;
  const number = new Intl.NumberFormat(locale);
  const day = new Intl.DateTimeFormat(region, { day: "numeric", month: monthStyle, year: "numeric", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(region, { month: monthStyle, year: "numeric", timeZone: "UTC" });
  return {
    number: (value: number) => number.format(value),
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
