import appleSystem from "@capsizecss/metrics/appleSystem";
import arial from "@capsizecss/metrics/arial";
import notoSans from "@capsizecss/metrics/notoSans";
import roboto from "@capsizecss/metrics/roboto";
import segoeUI from "@capsizecss/metrics/segoeUI";
import { textLength } from "./wrapWords.ts";

/**
 * DejaVu Sans, what `sans-serif` is on most Linux systems. capsize's metrics package has no entry
 * for it, so its `xWidthAvg` was measured the same way, with @capsizecss/unpack, from the
 * dejavu-fonts-ttf package the PNGs are drawn with (1041 of 2048 units).
 */
const dejaVuSans = { xWidthAvg: 1041, unitsPerEm: 2048 };

/**
 * The fonts a chart may be drawn in: the page's system font stack (src/styles/global.css, and the
 * same stack named in each figure file, src/lib/story/figureFiles.ts), from San Francisco (Apple),
 * Segoe UI (Windows) and Roboto (Android) to DejaVu Sans, what `sans-serif` is on most Linux systems.
 */
export const CHART_FONTS = { appleSystem, segoeUI, roboto, notoSans, arial, dejaVuSans };

/**
 * The average advance of a character, in ems, that every chart measures its words with: capsize's
 * `xWidthAvg` (a font's own glyph widths weighted by how often each character occurs in running
 * text) of the widest font a chart may be drawn in, plus a tenth. The widest is DejaVu Sans
 * (0.51 em; the others from 0.42 to 0.47). The tenth is for what charts write: dates, counts and
 * names carry more digits (0.64 em in DejaVu) and capitals than running text, and lines measured
 * at the bare average overflowed a phone-width figure in Chromium with DejaVu Sans.
 */
export const AVERAGE_ADVANCE =
  Math.max(...Object.values(CHART_FONTS).map((font) => font.xWidthAvg / font.unitsPerEm)) * 1.1;

/**
 * The width of a line of text at a font size, in pixels, on average: charts are drawn at build
 * time, with no browser to measure in. Cyrillic letters count as wider (textLength), so Belarusian
 * and Russian labels are given the room they take.
 *
 * @example
 * textWidth("Vilnius", 11) // about 39
 */
export const textWidth = (text: string, fontSize: number): number => textLength(text) * fontSize * AVERAGE_ADVANCE;

/** How many characters fit in a width at a font size, on average. */
export const charsPerLine = (width: number, fontSize: number): number =>
  Math.floor(width / (fontSize * AVERAGE_ADVANCE));
