import type { z } from "astro/zod";

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
