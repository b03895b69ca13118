import type { PrisonersChartText } from "../../src/lib/charts/politicalPrisonersChart.ts";
import { fill, formatters } from "../../src/lib/i18n/format.ts";

const format = formatters("en");

/** The English words the story gives the chart, as the page builds them from src/content. */
export const prisonersChartText: PrisonersChartText = {
  axis: "Political prisoners held (at least)",
  label: "Political prisoners held in Belarus since 2020",
  atLeast: (count) => fill("at least {count}", { count: format.number(count) }),
  date: format.date,
  source: "Source:",
  released: (count, event) => `${format.number(count)} released: ${event}`,
  women: "women",
};
