import { pointFocus } from "./pointFocus.ts";

/**
 * The timeline and the repression-abroad chart in the browser: keyboard access to every event
 * mark that has a title (date, kind, title, source), with the same code as the prisoner chart.
 */
export function mount(section: HTMLElement): void {
  for (const svg of section.querySelectorAll<SVGSVGElement>("svg.plot-chart")) pointFocus(svg);
}
