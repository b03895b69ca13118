/**
 * Makes SVG snapshots stable and readable, as Plot's own test harness does: numbers with four or
 * more decimals are rounded to three, and each element starts a new line so diffs are small.
 */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/\d+\.\d{4,}/g, (number) => String(Math.round(Number(number) * 1000) / 1000))
    .replace(/></g, ">\n<")
    .concat("\n");
}
