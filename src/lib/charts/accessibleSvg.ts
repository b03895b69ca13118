/**
 * Makes a Plot SVG a single accessible image and removes what a strict Content Security Policy
 * would block.
 *
 * Plot puts `aria-label` on plain `<g>` groups, which axe reports as `aria-prohibited-attr`
 * because a group with no role may not be named. The chart is one image whose full text
 * alternative is the data table beside it, so the groups lose their labels and the root gets
 * `role="img"` and a label. Plot's inline `<style>` element is dropped too: the same rules live
 * in the site's stylesheet under the fixed class name, so no inline style needs allowing.
 */
export function accessibleSvg<E extends Element>(svg: E, label: string): E {
  for (const element of svg.querySelectorAll("[aria-label], [aria-description]")) {
    element.removeAttribute("aria-label");
    element.removeAttribute("aria-description");
  }
  for (const style of svg.querySelectorAll("style")) style.remove();
  svg.setAttribute("class", CHART_CLASS);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  return svg;
}

/** The class every chart SVG carries; `src/styles/global.css` styles it. */
export const CHART_CLASS = "plot-chart";
