import { lineHeight, PHONE_DRAWING, typeSize } from "./chartType.ts";

/**
 * Map height as a share of width: squarer on a phone, wider on a desktop, and shorter when a panel
 * (a country's series, the estimates) is drawn under the map, so that the whole figure fits the
 * stage of the screen it is drawn for with its words at full size (chartType.ts).
 */
export const aspect = (width: number, panel = false) =>
  width < PHONE_DRAWING ? (panel ? 0.66 : 0.9) : panel ? 0.5 : 0.72;

/** The map's type: the size of its words and the distance between lines, in pixels. */
export interface MapType {
  size: number;
  line: number;
}
/** The map's type at a drawing width: every chart's (chartType.ts). */
export const mapType = (width: number): MapType => ({ size: typeSize(width), line: lineHeight(width) });

/** The padding around what is drawn under the map, in pixels. */
export const PAD = 8;
/** Length in pixels of the stub that marks the open side of a one-sided estimate. */
export const STUB = 12;

/** A coordinate rounded to a hundredth of a unit: enough for any screen, and fewer bytes. */
export const r1 = (n: number) => Math.round(n * 100) / 100;
