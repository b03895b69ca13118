/**
 * The type every chart draws its words in, by the width it is drawn for (registry's CHART_WIDTHS).
 *
 * A chart's words must read at least 11 CSS px on a 360 px phone and 12 px on a desktop (issue
 * 15). What a reader sees is the drawn size times the figure's scale on the page. The narrow
 * drawing (360 px) is shown in the text column of a phone, 328 px wide on a 360 px screen (the
 * page's 1rem margins), so its words shrink by 328/360: drawn at 13 px they read at 11.8 px, which
 * leaves room for a figure shrunk a little further to fit under a long caption (down to 0.85 of
 * its width). The wide drawing (600 px) is shown at its own size beside the text on a desktop,
 * so 12 px reads as 12 px; a wide figure must therefore never be taller than the desktop stage
 * holds (test/site/phoneStage.test.ts measures both).
 */
const PHONE = 13;
const DESKTOP = 12;

/** Narrower than this is the phone drawing; the same breakpoint every chart uses for its layout. */
export const PHONE_DRAWING = 480;

/** The size of a chart's words at a drawing width, in pixels. */
export const typeSize = (width: number): number => (width < PHONE_DRAWING ? PHONE : DESKTOP);

/** The distance between two lines of a chart's words at a drawing width, in pixels. */
export const lineHeight = (width: number): number => Math.round(typeSize(width) * 1.35);
