/** Layout in pixels and characters; the phone rendering numbers fewer events than the desktop one. */
export const layout = {
  fontSize: 12,
  marginLeft: 92,
  marginRight: 20,
  laneHeight: 17,
  contextHeight: 96,
  markerRadius: 8,
  maxLevels: 4,
  keyLine: 16,
  keyLimit: (width: number) => (width < 480 ? 6 : 10),
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
