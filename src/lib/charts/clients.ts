import type { ChartId } from "./chartStates.ts";
import { holdBackImages, inlineFigures, releaseImages } from "./inlineFigures.ts";

/**
 * The browser code of each chart, by chart id, loaded only when the reader nears a chapter that
 * draws it: the first screen needs no chart code, and a reader who stops early never downloads
 * the rest. Each module exports `mount(section)`, called once with the chapter's scroll section
 * (Scrolly.astro), whose steps carry `data-state` and which fires `scrolly:step` on each change.
 * This is the chart registry's browser part, apart from registry.ts so that the page's scripts
 * never bundle the renderers or zod; keyed by ChartId, so a chart without browser code is a type
 * error.
 */
export const chartClients: Record<ChartId, () => Promise<{ mount: (section: HTMLElement) => void }>> = {
  "political-prisoners": () => import("./politicalPrisoners.client.ts"),
  "exile-map": () => import("./exileMap.client.ts"),
  timeline: () => import("./timeline.client.ts"),
  "repression-abroad": () => import("./timeline.client.ts"),
};

/** A chart's browser code loader by the id a page names, or undefined for an unknown id. */
export const chartClient = (id: string | undefined) =>
  Object.hasOwn(chartClients, id ?? "") ? chartClients[id as ChartId] : undefined;

/** How far ahead of the viewport a chapter's chart code starts loading, as a CSS margin. */
const LOAD_AHEAD = "100% 0px";

/**
 * Loads and mounts each chart's browser code, after putting the section's figures inline, when
 * its section comes within LOAD_AHEAD of view.
 */
export function loadChartClients(sections: readonly HTMLElement[]): void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const section = entry.target as HTMLElement;
        // The chart code and the chapter's inline SVGs arrive together; the code mounts on the SVGs.
        void Promise.all([chartClient(section.dataset.chart)?.(), inlineFigures(section)]).then(([client]) =>
          client?.mount(section),
        );
      }
    },
    { rootMargin: LOAD_AHEAD },
  );
  for (const section of sections) {
    holdBackImages(section);
    observer.observe(section);
  }
  // A printed story needs every figure, including those of chapters the reader never scrolled to,
  // now rather than lazily.
  window.addEventListener("beforeprint", () => {
    for (const section of sections) {
      releaseImages(section);
      for (const img of section.querySelectorAll<HTMLImageElement>("picture[data-figure] img")) img.loading = "eager";
    }
  });
}
