import { lineHeight, PHONE_DRAWING, typeSize } from "./chartType.ts";

/**
 * Layout in pixels and characters. Sizes that carry words follow the drawing width's type
 * (chartType.ts); on a phone the context panels are shorter and fewer events are numbered, so the
 * figure fits the screen's height with its words at full size.
 */
export const layout = {
  type: (width: number) => typeSize(width),
  marginRight: 20,
  /** The space between a category's name and the start of the time axis. */
  labelGap: 10,
  laneHeight: (width: number) => typeSize(width) + 5,
  contextHeight: (width: number) => (width < PHONE_DRAWING ? 72 : 96),
  /**
   * Under the events: the time axis's ticks (6 px and 3 px of padding) and their two lines of
   * words, month over year, which Plot sets one em apart, with room for the descenders.
   */
  axisHeight: (width: number) => 2 * typeSize(width) + 12,
  markerRadius: 9,
  maxLevels: 4,
  keyLine: (width: number) => lineHeight(width),
  keyLimit: (width: number) => (width < PHONE_DRAWING ? 6 : 10),
  /**
   * The most marks drawn for events that are not numbered, and for numbered ones' highlighted
   * companions. The real data stays well below; far more events (see bench:scale) share marks
   * by pixel bucket instead, so the page stays bounded however many rows exist.
   */
  backgroundLimit: 100,
  highlightLimit: 24,
  /** Pixels per context point at most: a longer series is thinned (see thinPoints). */
  contextPixels: 4,
  /** A context line with more points than this is drawn without its dots and their titles. */
  contextDots: 40,
};

/** A day (`YYYY-MM-DD`) as the Date the time scales take, at midnight UTC. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
