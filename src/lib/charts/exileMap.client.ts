import { pointFocus } from "./pointFocus.ts";

/**
 * The exile map in the browser. Every step's figure is a complete build-time SVG of the same map
 * in the same coordinate space (put inline by inlineFigures.ts); this only (1) glides the newly
 * shown map from the previous step's view to its own, by animating the inner SVG's viewBox, so no
 * geometry is computed in the browser, and (2) gives pointer and keyboard readers each country's
 * and hub's figures and sources, which the build-time `<title>`s hold (pointFocus.ts).
 */

/** How long a zoom between two steps' views takes, in milliseconds. */
const ZOOM_MS = 650;

type View = [number, number, number, number];
const parseView = (text: string | null): View | undefined => {
  const parts = (text ?? "").split(/\s+/).map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) ? (parts as View) : undefined;
};
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** Mounts the map's behaviour on a scroll section whose figures hold exile-map SVGs. */
export function mount(section: HTMLElement): void {
  const figures = [...section.querySelectorAll<HTMLElement>(".step-figure")];
  const viewsOf = (figure: HTMLElement | undefined) => [
    ...(figure?.querySelectorAll<SVGSVGElement>("svg.map-view") ?? []),
  ];
  // Every mark with a title (circles, hubs, series points, estimates), from the first, with a tip
  // below it and on hover too; exile-map.css draws the current mark.
  for (const svg of section.querySelectorAll<SVGSVGElement>("svg.exile-map"))
    pointFocus(svg, {
      marks: "circle, g.estimate",
      start: "first",
      current: "is-current",
      tipAt: "bottom",
      hover: true,
    });

  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)");
  let shown = figures.findIndex((figure) => figure.hasAttribute("data-active"));
  let frame = 0;
  section.addEventListener("scrolly:step", (event) => {
    const { index } = (event as CustomEvent<{ index: number }>).detail;
    const from = viewsOf(figures[shown]);
    const to = viewsOf(figures[index]);
    shown = index;
    cancelAnimationFrame(frame);
    // Every figure's own viewBox is its resting view; a cancelled glide must not leave one elsewhere.
    for (const figure of figures)
      for (const view of viewsOf(figure)) view.setAttribute("viewBox", view.dataset.view ?? "");
    if (reduced.matches || from.length === 0) return;
    // Narrow and wide maps are paired by position: each glides from its own width's previous view.
    const glides = to.flatMap((view, i) => {
      const start = parseView(from[i]?.dataset.view ?? null);
      const end = parseView(view.dataset.view ?? null);
      return start && end ? [{ view, start, end }] : [];
    });
    // The new figure starts at the old view at once, so it never flashes its own view first.
    for (const { view, start } of glides) view.setAttribute("viewBox", start.join(" "));
    const began = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - began) / ZOOM_MS);
      const e = ease(t);
      for (const { view, start, end } of glides) {
        // The last frame writes the build's own view, exactly, not a sum with rounding errors.
        view.setAttribute("viewBox", t < 1 ? start.map((s, i) => s + (end[i]! - s) * e).join(" ") : view.dataset.view!);
      }
      if (t < 1) frame = requestAnimationFrame(tick);
      else section.dispatchEvent(new CustomEvent("exile-map:settled"));
    };
    frame = requestAnimationFrame(tick);
  });
}
