import type { MapType } from "./exileMapLayout.ts";
import type { Make } from "./svgElement.ts";
import { textWidth } from "./textWidth.ts";

/** A label's or a symbol's box on screen, in pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The map's label-collision engine, for one figure (see labelPlacer). */
export interface LabelPlacer {
  /** A point in map units as screen pixels from the figure's top left. */
  toScreen: (at: [number, number]) => [number, number];
  /** Keeps a box free of labels, such as a symbol's. */
  reserve: (box: Box) => void;
  /** Places a label at the first free spot around a point, or not at all: labels never collide. */
  place: (name: string, at: [number, number], gap: number, className: string) => void;
}

const r1 = (n: number) => Math.round(n * 100) / 100;

/** The space kept free on each side of a label's words, in pixels. */
const LABEL_SPACE = 3;

/**
 * Labels for a map drawn in its own coordinate space through a view: each label is measured in
 * screen pixels (labels keep their screen size whatever the zoom), tried right, left, above and
 * below its point and then at its corners, and dropped if every spot would overlap a reserved
 * box, another label or the edge of the map as drawn: the figure's edge, or the edge of the map's
 * frame where the view reaches past it (a wide figure of a tall map shows page around it, where
 * a name would float free of the map). Labels go into `group`, positioned in map units.
 *
 * @example
 * const labels = labelPlacer({el, group, size: [600, 432], frame: [1000, 931], view, type});
 * labels.reserve(circleBox);
 * labels.place("Vilnius", [512, 300], 6, "label-hub");
 */
export function labelPlacer({
  el,
  group,
  size: [width, height],
  frame = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
  view: [vx, vy, k],
  type,
}: {
  el: Make;
  group: Element;
  /** The map's size on screen, in pixels. */
  size: [number, number];
  /** The map's frame, from 0, 0 to its width and height in map units; unbounded if left out. */
  frame?: [number, number];
  /** The labels' type, which `group` is drawn in: their boxes are measured at its size. */
  type: MapType;
  /** The view's left and top in map units, and map units per screen pixel. */
  view: [number, number, number];
}): LabelPlacer {
  const taken: Box[] = [];
  const toScreen = ([x, y]: [number, number]): [number, number] => [(x - vx) / k, (y - vy) / k];
  // The drawn map on screen: the figure, cut to the frame where the view shows past its edges.
  const [left, top] = toScreen([0, 0]).map((n) => Math.max(n, 0));
  const [right, bottom] = toScreen(frame).map((n, i) => Math.min(n, i === 0 ? width : height));
  const fits = (box: Box) =>
    box.x0 >= left! + 2 &&
    box.y0 >= top! + 2 &&
    box.x1 <= right! - 2 &&
    box.y1 <= bottom! - 2 &&
    !taken.some((t) => overlaps(t, box));
  /** Places a label at the first free spot around a point, or not at all: labels never collide. */
  const place = (name: string, at: [number, number], gap: number, className: string) => {
    const [sx, sy] = toScreen(at);
    // Names of countries are set in semibold (exile-map.css), a tenth wider than the regular hubs'
    // names; every label keeps a little space around it, as the estimate is an average.
    const w = textWidth(name, type.size) * (className === "label-hub" ? 1 : 1.1);
    const h = type.size + 2;
    // The four sides first, then the four corners (the cartographer's eight positions), so that
    // a point crowded on its sides by a neighbour's symbol or the map's edge keeps its name.
    const [above, below] = [sy - gap - h / 2, sy + gap + h / 2];
    const spots = [
      { x: sx + gap, y: sy, anchor: "start" },
      { x: sx - gap, y: sy, anchor: "end" },
      { x: sx, y: above, anchor: "middle" },
      { x: sx, y: below, anchor: "middle" },
      { x: sx + gap / 2, y: above, anchor: "start" },
      { x: sx - gap / 2, y: above, anchor: "end" },
      { x: sx + gap / 2, y: below, anchor: "start" },
      { x: sx - gap / 2, y: below, anchor: "end" },
    ];
    for (const spot of spots) {
      const x0 = spot.anchor === "start" ? spot.x : spot.anchor === "end" ? spot.x - w : spot.x - w / 2;
      const box = { x0: x0 - LABEL_SPACE, y0: spot.y - h / 2, x1: x0 + w + LABEL_SPACE, y1: spot.y + h / 2 };
      if (!fits(box)) continue;
      taken.push(box);
      const node = el(
        "text",
        { class: className, x: r1(vx + spot.x * k), y: r1(vy + spot.y * k), dy: "0.35em", "text-anchor": spot.anchor },
        group,
      );
      node.textContent = name;
      return;
    }
  };
  return { toScreen, reserve: (box) => void taken.push(box), place };
}
