import type { TimelineEvent } from "../timeline/events.ts";
import { day } from "./timelineLayout.ts";
import type { ContextPoint } from "./timelineTypes.ts";

/**
 * At most `limit` events to draw: all of them, each with its title, when there are few enough;
 * otherwise one per category and pixel bucket, the buckets doubling in width until the marks fit,
 * without titles (one mark then stands for several events, whose titles are in the event list).
 * Every mark kept sits at a real event's date; nothing is averaged or invented.
 */
export function bounded(
  events: readonly TimelineEvent[],
  at: (event: TimelineEvent) => number,
  limit: number,
): { events: TimelineEvent[]; titled: boolean } {
  if (events.length <= limit) return { events: [...events], titled: true };
  for (let bucket = 4; ; bucket *= 2) {
    const seen = new Set<string>();
    const kept = events.filter((event) => {
      const key = `${event.category}:${event.date_precision}:${Math.floor(at(event) / bucket)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (kept.length <= limit || bucket > 4096) return { events: kept, titled: false };
  }
}

/** At most `limit` points of a series: the last of each equal time slice, and always the last point. */
export function thinPoints(points: readonly ContextPoint[], limit: number): ContextPoint[] {
  if (points.length <= limit) return [...points];
  const start = day(points[0]!.date).getTime();
  const span = day(points.at(-1)!.date).getTime() - start || 1;
  const last = new Map<number, ContextPoint>();
  for (const point of points) {
    last.set(Math.min(limit - 1, Math.floor(((day(point.date).getTime() - start) / span) * limit)), point);
  }
  return [...last.values()];
}
