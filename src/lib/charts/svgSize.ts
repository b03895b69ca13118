/** The width and height attributes of an SVG's root element, e.g. Plot's `width="600" height="330"`. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg.trim())?.[0] ?? "";
  const attribute = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? NaN);
  const size = { width: attribute("width"), height: attribute("height") };
  if (!Number.isFinite(size.width) || !Number.isFinite(size.height))
    throw new Error("The chart SVG has no width and height");
  return size;
}
