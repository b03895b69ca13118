import { spawnSync } from "node:child_process";

/** The median of some measurements (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `npm run build`'s script with its data, output and cache folders moved, and returns how
 * long it took in milliseconds. A new cache folder makes the build cold.
 */
export function timedBuild(folders: { dataDir: string; outDir: string; cacheDir: string }): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    stdio: "ignore",
    env: {
      ...process.env,
      EXILE_DATA_DIR: folders.dataDir,
      EXILE_OUT_DIR: folders.outDir,
      EXILE_CACHE_DIR: folders.cacheDir,
    },
  });
  if (result.status !== 0) throw new Error(`the build of ${folders.dataDir} failed; run npm run build to see why`);
  return performance.now() - started;
}
