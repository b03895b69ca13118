/** The SVG namespace, which every element a chart builds, and every standalone SVG file, needs. */
export const SVG_NS = "http://www.w3.org/2000/svg";

/** Makes an SVG element with attributes, appended to `parent` when one is given. */
export type Make = <K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs?: Record<string, string | number>,
  parent?: Element,
) => SVGElementTagNameMap[K];

/**
 * The one SVG element helper the hand-built charts share, bound to the document they draw in (a
 * server-side one at build time): attributes are set in the order given, as text, so the markup
 * is the same on every run.
 *
 * @example
 * const el = svgMaker(document);
 * el("circle", {cx: 4, cy: 4, r: 2}, group);
 */
export const svgMaker =
  (document: Document): Make =>
  (name, attrs = {}, parent) => {
    const node = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
    parent?.append(node);
    return node;
  };
