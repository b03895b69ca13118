import { axisTicks, fill } from "../i18n/format.ts";
import { defineChart, type ChartContext } from "./chartDefinition.ts";
import { prisonersStateSchema } from "./politicalPrisonersState.ts";
import { politicalPrisonersChart, type PrisonersChartText } from "./politicalPrisonersChart.ts";

/** The words the political-prisoner chart needs, from an edition's UI strings and chart copy. */
export function prisonersChartText({
  locale,
  ui,
  copy,
  format,
}: Pick<ChartContext, "locale" | "ui" | "copy" | "format">): PrisonersChartText {
  return {
    axis: copy.axis,
    label: copy.title,
    atLeast: (count: number) => fill(ui.atLeast, { count: format.number(count) }),
    date: format.date,
    ticks: axisTicks(locale),
    source: ui.source,
    released: (count: number, event: string) => fill(ui.releasedTitle, { count: format.number(count), event }),
    women: ui.womenLabel,
  };
}

// Re-exported so that callers that know the chart find its state beside it.
export { prisonersStateSchema };

/** The political-prisoner line chart: Viasna's counts, the releases and the women held. */
export const politicalPrisoners = defineChart({
  id: "political-prisoners",
  datasets: ["political-prisoners", "releases"],
  state: prisonersStateSchema,
  render: (data, { width, document, state, context }) =>
    politicalPrisonersChart(data.politicalPrisoners, {
      width,
      document,
      state,
      releases: data.releases,
      text: prisonersChartText(context),
    }),
  source: (data, _state, { ui, copy, format }) => {
    // The latest count dates the whole series, whatever part of it a step shows.
    const latest = data.politicalPrisoners.reduce<string | undefined>(
      (last, row) => (last === undefined || row.date > last ? row.date : last),
      undefined,
    );
    return latest
      ? `${ui.source} ${fill(ui.sourceLine, { organisation: copy.sourceOrganisation, date: format.date(latest) })}`
      : "";
  },
  drawn: (data, state) => {
    const inView = <T extends { date: string }>(rows: readonly T[]) =>
      rows.filter((row) => (!state.from || row.date >= state.from) && (!state.to || row.date <= state.to));
    const counts = inView(data.politicalPrisoners).map((row) => ({
      date: row.date,
      series: "political_prisoners_held",
      value: row.count,
      source_name: row.source_name,
      source_url: row.source_url,
    }));
    const women = state.women
      ? inView(data.politicalPrisoners).flatMap((row) =>
          row.women === undefined
            ? []
            : [
                {
                  date: row.date,
                  series: "women_held",
                  value: row.women,
                  source_name: row.source_name,
                  source_url: row.source_url,
                },
              ],
        )
      : [];
    const releases = state.releases
      ? inView(data.releases).map((row) => ({
          date: row.date,
          series: "released",
          value: row.released,
          source_name: row.source_name,
          source_url: row.source_url,
        }))
      : [];
    return [...counts, ...women, ...releases].sort((a, b) => a.date.localeCompare(b.date));
  },
});
