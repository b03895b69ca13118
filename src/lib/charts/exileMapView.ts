import type { MapGeometry } from "./exileGeometry.ts";
import { BELARUS } from "./exileMapPlacement.ts";

/**
 * The window into the map's coordinate space that a state shows at a given aspect: the focus
 * countries and Belarus with a margin, or the whole frame. Computed from the shapes, so no view
 * is typed in by hand.
 */
export function viewBox(
  geometry: MapGeometry,
  focusIds: readonly string[],
  ratio: number,
): [number, number, number, number] {
  const shapes = geometry.countries.filter((country) => country.id === BELARUS || focusIds.includes(country.id));
  let [x0, y0, x1, y1] = [0, 0, geometry.width, geometry.height];
  if (focusIds.length > 0 && shapes.length > 0) {
    x0 = Math.min(...shapes.map((s) => s.bounds[0][0]));
    y0 = Math.min(...shapes.map((s) => s.bounds[0][1]));
    x1 = Math.max(...shapes.map((s) => s.bounds[1][0]));
    y1 = Math.max(...shapes.map((s) => s.bounds[1][1]));
    const margin = 0.12 * Math.max(x1 - x0, y1 - y0);
    [x0, y0, x1, y1] = [x0 - margin, y0 - margin, x1 + margin, y1 + margin];
  }
  // Widen or heighten the window to the figure's shape, keeping it centred.
  let [w, h] = [x1 - x0, y1 - y0];
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  if (h / w > ratio) w = h / ratio;
  else h = w * ratio;
  // Slide the window back inside the frame where it fits: beyond it, the shapes are clipped.
  const inside = (start: number, size: number, limit: number) =>
    size >= limit ? (limit - size) / 2 : Math.min(Math.max(start, 0), limit - size);
  const r = (n: number) => Math.round(n * 10) / 10;
  return [r(inside(cx - w / 2, w, geometry.width)), r(inside(cy - h / 2, h, geometry.height)), r(w), r(h)];
}
