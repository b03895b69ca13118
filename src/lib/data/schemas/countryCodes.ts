import type { z } from "astro/zod";
import { alpha3For } from "../cells.ts";

/**
 * Checks that a row's two country codes agree (616 is POL), and that a row has both or neither:
 * a row with only one code would be drawn on the wrong country or silently left off the map.
 */
export function checkCountryCodes(
  row: { iso3?: string | undefined; iso_numeric?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (row.iso3 === undefined && row.iso_numeric === undefined) return;
  if (row.iso_numeric === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["iso_numeric"],
      message: "empty cell (a row with iso3 needs iso_numeric too)",
      params: { expected: "the three-digit code that belongs to " + row.iso3 },
    });
    return;
  }
  const expected = alpha3For(row.iso_numeric);
  if (row.iso3 !== expected) {
    ctx.addIssue({
      code: "custom",
      path: ["iso3"],
      message: row.iso3 === undefined ? "empty cell (a row with iso_numeric needs iso3 too)" : "does not match iso_numeric",
      params: { expected: `"${expected}", the code for ${row.iso_numeric}` },
    });
  }
}
