import type { AxisTicks } from "../i18n/format.ts";
import type { TimelineCategory, TimelineEvent } from "../timeline/events.ts";

/** One point of a context series (a count over time) drawn behind the events. */
export interface ContextPoint {
  date: string;
  value: number;
  source_name: string;
}

/** A context series: its own panel, its own y axis and its own label, never mixed with another. */
export interface ContextSeries {
  /** The panel's y axis label, e.g. "Political prisoners held (at least)". */
  axis: string;
  /** One or more lines sharing that axis (same unit), each with its end label. */
  lines: { label: string; points: readonly ContextPoint[] }[];
}

/** Words the timeline draws; they come from the chart copy, never from this module. */
export interface TimelineChartText {
  label: string;
  category: (category: TimelineCategory) => string;
  /** Formats a date (`YYYY-MM-DD`) or a month (`YYYY-MM`) for the key and titles. */
  date: (isoDateOrMonth: string) => string;
  atLeast: (value: number) => string;
  source: string;
  /** The key's last line when events are left out, e.g. (3) => "3 more events in the list below". */
  more: (count: number) => string;
  /** Axis tick labels in the edition's language; Plot's (English) ones if undefined. */
  ticks?: AxisTicks | undefined;
}

export interface TimelineChartState {
  from?: string | undefined;
  to?: string | undefined;
  highlight?: readonly string[] | undefined;
}

export interface TimelineChartOptions {
  width: number;
  document?: Document;
  state: TimelineChartState;
  context: readonly ContextSeries[];
  text: TimelineChartText;
}

/** A highlighted event with its number in the key and the stacking level of its marker. */
export interface Numbered {
  event: TimelineEvent;
  number: number;
  x: number;
  level: number;
}
