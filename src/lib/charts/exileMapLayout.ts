/** Map height as a share of width: squarer on a phone, wider on a desktop. */
export const aspect = (width: number) => (width < 480 ? 1.05 : 0.72);
/** The map's type size and line height, and the padding around what is drawn under it, in pixels. */
export const FONT = 12;
export const LINE = 16;
export const PAD = 8;
/** Length in pixels of the stub that marks the open side of a one-sided estimate. */
export const STUB = 12;

/** A coordinate rounded to a hundredth of a unit: enough for any screen, and fewer bytes. */
export const r1 = (n: number) => Math.round(n * 100) / 100;
