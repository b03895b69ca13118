import { layout } from "./timelineLayout.ts";

/**
 * Stacks numbered markers so that none overlap: each takes the lowest level on which no marker
 * lies within one marker's width of it. Past the level limit a marker takes the least crowded
 * level, which only very dense selections reach.
 */
export function stack<T extends { x: number; level: number }>(items: T[]): T[] {
  const gap = layout.markerRadius * 2 + 1;
  const placed: T[][] = [];
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const clash = (level: number) => (placed[level] ?? []).some((other) => Math.abs(other.x - item.x) < gap);
    let level = 0;
    while (clash(level) && level < layout.maxLevels - 1) level++;
    item.level = level;
    (placed[level] ??= []).push(item);
  }
  return items;
}
