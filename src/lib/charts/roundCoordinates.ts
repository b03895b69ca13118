/** Attributes holding pixel positions, which need no more than a tenth of a pixel. */
const COORDINATES = ["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "width", "height", "d", "transform"];

/**
 * Rounds every pixel position in a chart to one decimal: Plot writes three, which no screen can
 * show, and the story page inlines many figures, so the bytes count.
 */
export function roundCoordinates(root: Element): void {
  const round = (value: string) => value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const name of COORDINATES) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, round(value));
    }
  }
}
