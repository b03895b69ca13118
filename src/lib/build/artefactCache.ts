import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Where derived artefacts (chart SVGs, simplified geometry, share images) are kept between
 * builds: beside Astro's own cache, which tests and benchmarks move with EXILE_CACHE_DIR.
 */
const cacheRoot = () => join(process.env.EXILE_CACHE_DIR ?? "node_modules/.astro", "artefacts");

let codeVersion: string | undefined;
/**
 * A hash of the code that produces artefacts (src/lib, whole) and of the exact dependency versions
 * (package-lock.json), computed once per build: any change to either makes every cached artefact
 * stale, so a cache can never serve output from older code.
 */
function producerVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk("src/lib");
  if (existsSync("package-lock.json")) hash.update(readFileSync("package-lock.json"));
  return (codeVersion = hash.digest("hex"));
}

/**
 * Returns the artefact for these inputs, producing and storing it only if no earlier build did.
 * The key is a hash of `kind`, every input (as JSON) and the producing code, so a one-row CSV
 * change regenerates only the artefacts whose inputs include that row.
 *
 * @example
 * const svg = cachedArtefact("chart-svg", [id, rows, state, context], () => render());
 */
export function cachedArtefact(kind: string, inputs: readonly unknown[], produce: () => string): string;
export function cachedArtefact(kind: string, inputs: readonly unknown[], produce: () => Uint8Array): Uint8Array;
export function cachedArtefact(
  kind: string,
  inputs: readonly unknown[],
  produce: () => string | Uint8Array,
): string | Uint8Array {
  const path = entryPath(kind, inputs);
  return readEntry(path) ?? writeEntry(path, produce());
}

/**
 * cachedArtefact for a producer that works off the main thread (a PNG drawn by resvg's worker
 * threads): the same key and entries, so either form finds what the other stored.
 *
 * @example
 * const png = await cachedArtefactAsync("embed-png", [svg, width], () => draw(svg));
 */
export async function cachedArtefactAsync(
  kind: string,
  inputs: readonly unknown[],
  produce: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const path = entryPath(kind, inputs);
  const hit = readEntry(path);
  // Bytes are stored as bytes, so a hit for a producer of bytes is never text.
  return hit instanceof Uint8Array ? hit : writeEntry(path, await produce());
}

/** Where the entry for these inputs lives, without its extension. */
function entryPath(kind: string, inputs: readonly unknown[]): string {
  const key = createHash("sha256")
    .update(producerVersion())
    .update(JSON.stringify([kind, inputs]))
    .digest("hex");
  return join(cacheRoot(), kind, key);
}

/** A stored entry: text and bytes are stored apart so that a hit comes back as what was produced. */
function readEntry(path: string): string | Uint8Array | undefined {
  if (existsSync(`${path}.txt`)) return readFileSync(`${path}.txt`, "utf8");
  if (existsSync(`${path}.bin`)) return new Uint8Array(readFileSync(`${path}.bin`));
  return undefined;
}

function writeEntry<T extends string | Uint8Array>(path: string, value: T): T {
  mkdirSync(dirname(path), { recursive: true });
  const file = `${path}.${typeof value === "string" ? "txt" : "bin"}`;
  // Written whole under another name first, so a build stopped mid-write leaves no torn entry.
  writeFileSync(`${file}.${process.pid}`, value);
  renameSync(`${file}.${process.pid}`, file);
  return value;
}
