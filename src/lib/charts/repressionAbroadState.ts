import { z } from "astro/zod";

/**
 * The themes of repression beyond the border, in reading order, and the rows that document each:
 * timeline events by key (`YYYY-MM-DD:category`) and prosecutions.csv series by name (the latest
 * value is shown). This grouping is an editorial choice, kept here beside the chart rather than in
 * the data; a key with no row in the data is simply not drawn, and a unit test checks that every
 * key names a real row.
 */
export const ABROAD_THEMES = [
  {
    id: "in-absentia",
    metrics: ["persons_convicted_in_absentia_cumulative", "persons_subjected_to_in_absentia_proceedings_annual"],
    events: ["2022-07-21:law", "2023-01-01:exile", "2023-03-06:exile", "2026-01-22:exile"],
  },
  {
    id: "protests-abroad",
    metrics: [],
    events: ["2024-03-20:exile", "2024-05-16:exile", "2024-10-08:exile", "2025-01-27:exile", "2025-08-05:exile"],
  },
  {
    id: "relatives",
    metrics: [],
    events: ["2023-01-17:sentence", "2024-01-23:arrest", "2024-02-29:arrest"],
  },
  {
    id: "extraditions",
    metrics: [],
    events: ["2020-10-01:exile", "2021-07-01:exile", "2022-06-01:exile"],
  },
  {
    id: "documents",
    metrics: [],
    events: ["2023-01-05:law", "2023-02-06:exile", "2023-09-04:exile", "2024-10-17:exile"],
  },
] as const satisfies readonly { id: string; metrics: readonly string[]; events: readonly string[] }[];

export const ABROAD_THEME_IDS = ABROAD_THEMES.map((theme) => theme.id) as [
  (typeof ABROAD_THEMES)[number]["id"],
  ...(typeof ABROAD_THEMES)[number]["id"][],
];

/** What a step asks of the chart: which themes it lists in full (none: the compact overview). */
export const abroadStateSchema = z.object({ focus: z.array(z.enum(ABROAD_THEME_IDS)).optional() }).strict();
export type AbroadState = z.output<typeof abroadStateSchema>;
