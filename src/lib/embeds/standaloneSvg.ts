import { escapeMarkup } from "./escapeMarkup.ts";
import { inlineChartStyles } from "../build/inlineChartStyles.ts";
import { SVG_NS } from "../charts/svgElement.ts";
import { svgSize } from "../charts/svgSize.ts";

/**
 * Colours and font of the downloadable SVG and the PNGs made from it. A file opened outside the
 * site cannot read the site's CSS custom properties, so the light theme's values are written in.
 * DejaVu Sans is the font the PNGs are rendered with (see src/lib/build/renderPng.ts); other programs fall back
 * to their sans-serif.
 */
export const fileTheme = {
  text: "#1a1a1a",
  muted: "#555555",
  background: "#ffffff",
  font: "DejaVu Sans, sans-serif",
} as const;

/** Average advance of DejaVu Sans, in ems: enough to wrap lines before they overflow. */
const AVERAGE_ADVANCE = 0.6;
const PADDING = 16;

/** Greedy word wrap to a width in pixels at a font size; a word longer than a line gets its own. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(1, Math.floor(width / (fontSize * AVERAGE_ADVANCE)));
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Lines of text as one <text> with a <tspan> per line, its first baseline at `y`. */
const textBlock = (
  lines: string[],
  { y, size, weight, fill }: { y: number; size: number; weight?: string; fill: string },
) =>
  `<text x="${PADDING}" y="${y}" font-size="${size}"${weight ? ` font-weight="${weight}"` : ""} fill="${fill}">` +
  lines
    .map((line, index) => `<tspan x="${PADDING}" dy="${index === 0 ? 0 : size * 1.3}">${escapeMarkup(line)}</tspan>`)
    .join("") +
  `</text>`;

/**
 * Places a chart's root <svg> at (x, y) with a given size; its viewBox scales the drawing to fit.
 * Plot lets tick labels reach past its viewBox (the site's CSS sets overflow: visible), so the
 * nested SVG does the same.
 */
function placeChart(chart: string, box: { x: number; y: number; width: number; height: number }): string {
  return inlineChartStyles(chart.trim()).replace(/^<svg\b[^>]*>/, (root) =>
    root
      .replace(/\s(width|height|x|y|class)="[^"]*"/g, "")
      .replace(
        /^<svg/,
        `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" overflow="visible"`,
      ),
  );
}

const document = (width: number, height: number, body: string, label: string) =>
  `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
  `role="img" aria-label="${escapeMarkup(label)}" color="${fileTheme.text}" font-family="${fileTheme.font}">` +
  `<rect width="${width}" height="${height}" fill="${fileTheme.background}"/>${body}</svg>`;

/**
 * A self-contained SVG file of a chart for download: the title above, the chart at its own size,
 * the source line below, on a white background, with the namespace a standalone file needs.
 *
 * @param chart The chart's build-time SVG markup (from renderChartSvgs).
 */
export function standaloneSvg({ chart, title, source }: { chart: string; title: string; source: string }): string {
  const size = svgSize(chart);
  const width = size.width + 2 * PADDING;
  const titleLines = wrapText(title, size.width, 18);
  const sourceLines = wrapText(source, size.width, 12);
  const titleHeight = titleLines.length * 18 * 1.3;
  const chartY = PADDING + titleHeight + 8;
  const sourceY = chartY + size.height + 12 + 12;
  const height = Math.ceil(sourceY + (sourceLines.length - 1) * 12 * 1.3 + PADDING);
  return document(
    width,
    height,
    textBlock(titleLines, { y: PADDING + 18, size: 18, weight: "bold", fill: fileTheme.text }) +
      placeChart(chart, { x: PADDING, y: chartY, ...size }) +
      textBlock(sourceLines, { y: sourceY, size: 12, fill: fileTheme.muted }),
    title,
  );
}

/** The share image's canvas in CSS pixels; it is rendered at twice this, 1200 × 630. */
export const SHARE_SIZE = { width: 600, height: 315 } as const;

/**
 * The share image of a chart (Open Graph, oEmbed thumbnail): the title, at most two lines, the
 * chart scaled to fit the space left, and the source line at the foot.
 */
export function shareSvg({ chart, title, source }: { chart: string; title: string; source: string }): string {
  const { width, height } = SHARE_SIZE;
  const inner = width - 2 * PADDING;
  const titleLines = wrapText(title, inner, 20);
  const shownTitle = titleLines.length > 2 ? [titleLines[0]!, `${titleLines[1]!} …`] : titleLines;
  const sourceLines = wrapText(source, inner, 11).slice(0, 2);
  const chartY = PADDING + shownTitle.length * 20 * 1.3 + 4;
  const sourceY = height - PADDING - (sourceLines.length - 1) * 11 * 1.3;
  return document(
    width,
    height,
    textBlock(shownTitle, { y: PADDING + 20, size: 20, weight: "bold", fill: fileTheme.text }) +
      placeChart(chart, { x: PADDING, y: chartY, width: inner, height: sourceY - 16 - chartY }) +
      textBlock(sourceLines, { y: sourceY, size: 11, fill: fileTheme.muted }),
    title,
  );
}
