import { spawn } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { takeAstroTurn } from "./astroTurn.ts";
import { childEnv } from "./childEnv.ts";

/** Copies data/ into a fresh folder under `parent`, for a test to change. */
export function copyData(parent: string): string {
  const dir = mkdtempSync(join(parent, "data-"));
  cpSync("data", dir, { recursive: true });
  return dir;
}

/**
 * A copy of the cache that the tests' shared build filled (Astro's content store and the chart
 * artefacts, src/lib/build/artefactCache.ts), in a fresh folder under `parent`. A build of edited
 * data that starts from it redraws only what the edit touches, as an editor's rebuild does, and
 * its assertions on the new figures then also prove that the cache let no stale figure through.
 * Each build gets its own copy, so builds in parallel never write into one another's cache.
 */
export function warmCacheDir(parent: string): string {
  const dir = mkdtempSync(join(parent, "cache-"));
  cpSync(inject("cacheDir"), dir, { recursive: true });
  return dir;
}

/**
 * Runs `npm run build`'s script with the environment given (on top of ours, less what Vitest
 * added) and returns its exit status and what it printed. It takes no turn: the shared build in
 * test/helpers/buildSite.ts runs before any site file starts, and runBuild below takes one.
 */
export async function buildScript(env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  const child = spawn(process.execPath, ["scripts/build.ts"], {
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let [stdout, stderr] = ["", ""];
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((done) => child.on("close", done));
  return { status, output: `${stdout}\n${stderr}` };
}

/**
 * Runs `npm run build`'s script with its data and output folders moved, in this file's turn to
 * run Astro (astroTurn.ts); returns its exit status and what it printed.
 * `skipImages` leaves out the embeds' PNGs (EXILE_SKIP_IMAGES), for a test that reads only pages
 * and whose data change would redraw every image: the PNGs are drawn from the same SVGs that the
 * pages carry, and test/site/embeds.test.ts checks them in the shared build.
 * `precheckOnly` is for data that the check before Astro must refuse: the script stops after that
 * check whatever it finds (EXILE_PRECHECK_ONLY), so it needs no turn and never waits for one.
 */
export async function runBuild(env: {
  dataDir: string;
  outDir: string;
  cacheDir: string;
  skipPrecheck?: boolean;
  skipImages?: boolean;
  precheckOnly?: boolean;
}): Promise<{ status: number | null; output: string }> {
  const endTurn = env.precheckOnly ? () => {} : await takeAstroTurn();
  try {
    return await buildScript({
      EXILE_DATA_DIR: env.dataDir,
      EXILE_OUT_DIR: env.outDir,
      EXILE_CACHE_DIR: env.cacheDir,
      EXILE_SKIP_PRECHECK: env.skipPrecheck ? "1" : "0",
      EXILE_SKIP_IMAGES: env.skipImages ? "1" : "0",
      EXILE_PRECHECK_ONLY: env.precheckOnly ? "1" : "0",
    });
  } finally {
    endTurn();
  }
}
