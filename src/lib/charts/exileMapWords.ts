import type { ChartContext } from "./chartDefinition.ts";

/** "2022" stays a year; a date is formatted as one. */
export const formatPeriod = (format: ChartContext["format"], period: string): string =>
  period.length === 4 ? period : format.date(period);

/**
 * A series' name for readers, from the chart copy's `metric.<name>` labels; a series an editor
 * adds without a label is shown by its own name, with spaces, rather than failing the build.
 */
export const metricName = (labels: Record<string, string>, name: string): string =>
  labels[`metric.${name}`] ?? name.replace(/_/g, " ");
