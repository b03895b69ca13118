import type { RowOf } from "../data/dataset.ts";
import type { timeline } from "../data/datasets.ts";
import { TIMELINE_CATEGORIES } from "../data/schemas/timeline.ts";

/** One validated row of `data/timeline.csv`. */
export type TimelineEvent = RowOf<typeof timeline>;
export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

/**
 * The key a step or the copy uses to name an event: its date and category, e.g.
 * "2021-05-23:arrest". Two events of one category on one day share a key, and are named together.
 */
export const eventKey = (event: Pick<TimelineEvent, "date" | "category">): string => `${event.date}:${event.category}`;

/** An event key written in a chapter's front matter: `YYYY-MM-DD:category`. */
export const EVENT_KEY = new RegExp(`^\\d{4}-\\d{2}-\\d{2}:(${TIMELINE_CATEGORIES.join("|")})$`);

/**
 * The span of time an event covers on the axis, as ISO days: its own day, or the whole month for
 * a month-precision event, so that a month is never drawn as if its first day were known.
 *
 * @example
 * eventSpan({date: "2020-10-01", date_precision: "month"}) // {start: "2020-10-01", end: "2020-11-01"}
 */
export function eventSpan(event: Pick<TimelineEvent, "date" | "date_precision">): { start: string; end: string } {
  if (event.date_precision === "day") return { start: event.date, end: event.date };
  const [year, month] = event.date.split("-").map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
  return { start: event.date, end: `${next}-01` };
}

/**
 * The date as readers see it: `YYYY-MM` for a month-precision event (formatted as "October 2020"),
 * the day otherwise.
 */
export const displayDate = (event: Pick<TimelineEvent, "date" | "date_precision">): string =>
  event.date_precision === "month" ? event.date.slice(0, 7) : event.date;

/** What a step asks of the events: a period and the categories or event keys it highlights. */
export interface EventSelection {
  from?: string | undefined;
  to?: string | undefined;
  highlight?: readonly string[] | undefined;
}

/** Events within a period (inclusive), sorted by date then title; a month event counts if its month overlaps. */
export function eventsInView(events: readonly TimelineEvent[], { from, to }: EventSelection): TimelineEvent[] {
  return events
    .filter((event) => {
      const { start, end } = eventSpan(event);
      return (!from || end >= from) && (!to || start <= to);
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** Whether an event is named by a highlight list of categories and event keys. */
export const isHighlighted = (event: TimelineEvent, highlight: readonly string[] = []): boolean =>
  highlight.includes(event.category) || highlight.includes(eventKey(event));

/** The events a selection highlights, in date order. */
export const highlightedEvents = (events: readonly TimelineEvent[], selection: EventSelection): TimelineEvent[] =>
  eventsInView(events, selection).filter((event) => isHighlighted(event, selection.highlight));

/** Every person named in the events, sorted, each once. */
export function peopleIn(events: readonly TimelineEvent[]): string[] {
  return [...new Set(events.flatMap((event) => event.people))].sort((a, b) => a.localeCompare(b));
}

/**
 * The events a chapter's steps highlight, each once, in date order: the bounded selection the
 * story lists (the full list has its own page).
 */
export function stepEvents(events: readonly TimelineEvent[], states: readonly EventSelection[]): TimelineEvent[] {
  const chosen = new Set(states.flatMap((state) => highlightedEvents(events, state)));
  return events
    .filter((event) => chosen.has(event))
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}
