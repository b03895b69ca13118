import type { z } from "astro/zod";
import type { DrawnRow } from "../data/drawnCsv.ts";
import type { StoryData } from "../data/storyData.ts";
import type { formatters } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Ui } from "../i18n/uiSchema.ts";
import type { ChartCopy } from "./chartCopySchema.ts";

/** The words and formats of one edition that a chart draws with; none is typed into chart code. */
export interface ChartContext {
  locale: Locale;
  /** src/content/ui/<locale>.yaml */
  ui: Ui;
  /** The front matter of src/content/charts/<locale>/<chart id>.md */
  copy: ChartCopy;
  format: ReturnType<typeof formatters>;
}

/**
 * One chart of the story: everything the story page, the embed pages and the tests need to draw
 * it. A chart is a pure function of the data, a width and a declarative state, so a story step
 * (or an embed) names a state and never says how to get there.
 */
export interface ChartDefinition<State = unknown> {
  /** Kebab-case id: a chapter's `graphic`, the chart copy's file name, the embed route. */
  id: string;
  /** Basenames of the data files it draws from, e.g. ["political-prisoners", "releases"]. */
  datasets: readonly string[];
  /**
   * What a story step may ask of the chart. Strict, so that a typo in a chapter's front matter
   * fails the build with the step and key named. Its defaults give the chart's overview.
   */
  state: z.ZodType<State, unknown>;
  /** Builds the chart's SVG in `document` (a server-side one at build time). */
  render(
    data: StoryData,
    options: { width: number; document: Document; state: State; context: ChartContext },
  ): SVGSVGElement;
  /** The plain-text source line printed under each of the chart's figures. */
  source(data: StoryData, state: State, context: ChartContext): string;
  /**
   * The rows a state draws, each with its source, in the order and with the columns of the
   * "get the data" CSV that embeds offer: exactly what the reader sees, nothing more.
   */
  drawn(data: StoryData, state: State): DrawnRow[];
}

// Defined with the CSV it becomes, in the data layer, which tables also read.
export type { DrawnRow };

/** Declares a chart; a helper only so that `render` and `source` are checked against `state`. */
export const defineChart = <State>(chart: ChartDefinition<State>): ChartDefinition<State> => chart;
