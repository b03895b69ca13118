import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { datasets } from "./datasets.ts";
import { dataDir } from "./validateDataDir.ts";

/** How many hex digits of the SHA-256 a reader sees: short enough to quote, long enough never to repeat. */
const SHORT = 12;

/** One data file's name and the SHA-256 of its bytes, so a downloaded copy can be checked. */
export interface FileHash {
  file: string;
  sha256: string;
}

/**
 * The data version: the first 12 hex digits of a SHA-256 over every data file's name and bytes,
 * in the order of `datasets`. The same files always give the same version, whatever the commit,
 * clock or machine, so a journalist can cite exactly the data they used; any change to any file
 * gives a new one.
 *
 * @example
 * dataVersion("data").version // "3f9a0c2b7d41"
 */
export function dataVersion(dir = dataDir()): { version: string; files: FileHash[] } {
  const whole = createHash("sha256");
  const files = datasets.map((dataset) => {
    const file = `${dataset.name}.csv`;
    const path = join(dir, file);
    const bytes = existsSync(path) ? readFileSync(path) : new Uint8Array();
    whole.update(`${file}\u0000${bytes.length}\u0000`).update(bytes);
    return { file, sha256: createHash("sha256").update(bytes).digest("hex") };
  });
  return { version: whole.digest("hex").slice(0, SHORT), files };
}
