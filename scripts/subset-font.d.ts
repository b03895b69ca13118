/**
 * The part of subset-font's API that scripts/subset-fonts.ts uses. The package ships no types,
 * and @types/subset-font (2.3) predates the keepFeatures option.
 */
declare module "subset-font" {
  interface SubsetFontOptions {
    /** The output format; the input's by default. */
    targetFormat?: "sfnt" | "woff" | "woff2" | "truetype";
    /** The OpenType layout features to keep, as four-letter tags; all by default. */
    keepFeatures?: string[];
    /** Drops the hinting instructions. */
    noHinting?: boolean;
  }
  /** A subset of a TrueType, WOFF or WOFF2 font holding the characters of `text`. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
