import { createRequire } from "node:module";
import { join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { cachedArtefactAsync } from "./artefactCache.ts";

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
 * chart it changes. resvg draws on its own worker threads (`renderAsync`), so while one image is
 * drawn the build goes on with the next page (astro.config.mjs builds a few at once): the PNGs
 * were most of a cold build's time, and drawn one at a time they kept one core of two busy.
 *
 * @example
 * await renderPng(shareSvg({chart, title, source}), 1200) // 1200 × 630 PNG bytes
 */
export async function renderPng(svg: string, width: number): Promise<Uint8Array<ArrayBuffer>> {
  const png = await cachedArtefactAsync("embed-png", [svg, width], async () => {
    const image = await renderAsync(svg, {
      fitTo: { mode: "width", value: width },
      font: {
        loadSystemFonts: false,
        fontFiles: fontFiles(),
        defaultFontFamily: "DejaVu Sans",
        sansSerifFamily: "DejaVu Sans",
      },
    });
    return new Uint8Array(image.asPng());
  });
  // Copied into a fresh ArrayBuffer, which a Response body requires.
  return new Uint8Array(png);
}
