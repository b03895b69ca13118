/**
 * The part of subset-font's API that scripts/subset-fonts.ts uses. The package ships no types,
 * and @types/subset-font (2.3) predates the keepFeatures and variationAxes options.
 */
declare module "subset-font" {
  interface SubsetFontOptions {
    /** The output format; the input's by default. */
    targetFormat?: "sfnt" | "woff" | "woff2" | "truetype";
    /** The OpenType layout features to keep, as four-letter tags; all by default. */
    keepFeatures?: string[];
    /** Drops the hinting instructions. */
    noHinting?: boolean;
    /**
     * Variation axes to pin to a value or cut to a range (hb-subset's instancer), e.g.
     * `{ wght: { min: 400, max: 600 } }`; axes left out are kept whole.
     */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  /** A subset of a TrueType, WOFF or WOFF2 font holding the characters of `text`. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
