import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { expect } from "vitest";
import { normaliseSvg } from "./normaliseSvg.ts";

/** Where committed snapshots live; a mismatch leaves `<name>-changed.svg` beside them (gitignored). */
const OUTPUT = resolve(import.meta.dirname, "../output");

/**
 * Compares an SVG with `test/output/<name>.svg`. In CI (CI=true) a missing snapshot fails instead
 * of being written, so a new chart cannot pass without a reviewed snapshot.
 */
export async function expectSvgSnapshot(svg: string, name: string): Promise<void> {
  const normalised = normaliseSvg(svg);
  const path = resolve(OUTPUT, `${name}.svg`);
  try {
    await expect(normalised).toMatchFileSnapshot(path);
  } catch (error) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(resolve(OUTPUT, `${name}-changed.svg`), normalised);
    throw error;
  }
}
