import { displayDate, eventSpan, type TimelineEvent } from "../timeline/events.ts";
import type { TimelineChartText } from "./timelineTypes.ts";

/** The title (tooltip) of an event mark: its date, category, title, figure and source. */
export const eventTitle = (event: TimelineEvent, text: TimelineChartText) =>
  `${text.date(displayDate(event))} · ${text.category(event.category)} · ${event.title}${event.figure ? ` (${event.figure})` : ""} · ${text.source} ${event.source_name}`;

/** The middle of a month event, where its number sits; a day event's own day. */
export function midpoint(event: TimelineEvent): string {
  if (event.date_precision === "day") return event.date;
  return `${event.date.slice(0, 8)}15`;
}

/** A date held within the period shown. */
export const clamp = (iso: string, from: string, to: string) => (iso < from ? from : iso > to ? to : iso);

/** The last day the events reach: a month event reaches the end of its month. */
export function lastDay(events: readonly TimelineEvent[]): string | undefined {
  const last = events.at(-1);
  return last && (last.date_precision === "month" ? eventSpan(last).end : last.date);
}
