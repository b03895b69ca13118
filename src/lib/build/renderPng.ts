import { createRequire } from "node:module";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { cachedArtefact } from "./artefactCache.ts";

/**
 * The TrueType files of the dejavu-fonts-ttf package. PNGs are drawn with these and never with
 * the machine's own fonts, so every machine renders the same image, Cyrillic included. They are
 * resolved from the project root because Astro runs this code from a bundle elsewhere.
 */
const fontFiles = () => {
  const require = createRequire(join(process.cwd(), "package.json"));
  return ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
};

/**
 * Renders an SVG document to a PNG `width` pixels wide with resvg, cached by the SVG itself: the
 * SVG is a function of the chart's inputs, so a data change re-renders only the images whose
 * chart it changes.
 *
 * @example
 * renderPng(shareSvg({chart, title, source}), 1200) // 1200 × 630 PNG bytes
 */
export function renderPng(svg: string, width: number): Uint8Array<ArrayBuffer> {
  // Copied into a fresh ArrayBuffer, which a Response body requires.
  const png = cachedArtefact("embed-png", [svg, width], () => {
    const resvg = new Resvg(svg, {
      fitTo: { mode: "width", value: width },
      font: {
        loadSystemFonts: false,
        fontFiles: fontFiles(),
        defaultFontFamily: "DejaVu Sans",
        sansSerifFamily: "DejaVu Sans",
      },
    });
    return new Uint8Array(resvg.render().asPng());
  });
  return new Uint8Array(png);
}
