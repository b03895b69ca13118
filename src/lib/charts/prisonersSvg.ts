import type { Locale } from "../i18n/locales.ts";
import { fill, formatters } from "../i18n/format.ts";
import {
  politicalPrisonersChart,
  type PrisonerPoint,
  type PrisonersChartState,
  type ReleaseMark,
} from "./politicalPrisonersChart.ts";
import { renderToString } from "./renderToString.ts";

/** Phone and desktop widths of the build-time SVGs, in CSS pixels; CSS shows the one that fits. */
export const CHART_WIDTHS = { narrow: 360, wide: 600 } as const;

/** The words the political-prisoner chart needs, from an edition's UI strings and chart copy. */
export function prisonersChartText(
  locale: Locale,
  ui: { atLeast: string; source: string; releasedTitle: string; womenLabel: string },
  copy: { axis: string; title: string },
) {
  const format = formatters(locale);
  return {
    axis: copy.axis,
    label: copy.title,
    atLeast: (count: number) => fill(ui.atLeast, { count: format.number(count) }),
    date: format.date,
    source: ui.source,
    released: (count: number, event: string) => fill(ui.releasedTitle, { count: format.number(count), event }),
    women: ui.womenLabel,
  };
}

/**
 * Renders the political-prisoner chart for one state at both widths, for inlining at build time.
 *
 * @example
 * const {narrow, wide} = prisonersSvg(rows, releases, text, {to: "2021-12-31"});
 */
export function prisonersSvg(
  rows: readonly PrisonerPoint[],
  releases: readonly ReleaseMark[],
  text: ReturnType<typeof prisonersChartText>,
  state: PrisonersChartState = {},
): { narrow: string; wide: string } {
  const at = (width: number) =>
    renderToString((document) => politicalPrisonersChart(rows, { width, document, text, state, releases }));
  return { narrow: at(CHART_WIDTHS.narrow), wide: at(CHART_WIDTHS.wide) };
}
