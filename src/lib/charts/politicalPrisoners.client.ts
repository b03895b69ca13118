import { pointFocus } from "./pointFocus.ts";

/** The political-prisoner chart in the browser: keyboard access to every point of every figure. */
export function mount(section: HTMLElement): void {
  for (const svg of section.querySelectorAll<SVGSVGElement>("svg.plot-chart")) pointFocus(svg);
}
