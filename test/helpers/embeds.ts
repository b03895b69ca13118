import { embeds } from "../../src/lib/embeds/embedIds.ts";
import { readChapters } from "./chapters.ts";
import { chartContext } from "./frozenData.ts";

/** Every embed of the English edition, read from the real chapters and chart copy as the build does. */
export const englishEmbeds = () => embeds(readChapters("en"), (chart) => chartContext(chart).copy);

/** The pixel size in a PNG's IHDR chunk, and whether the file starts with the PNG signature. */
export function pngSize(png: Uint8Array): { png: boolean; width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return {
    png: signature.every((byte, index) => png[index] === byte),
    width: view.getUint32(16),
    height: view.getUint32(20),
  };
}
