import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { childEnv } from "./childEnv.ts";

/** Copies data/ into a fresh folder under `parent`, for a test to change. */
export function copyData(parent: string): string {
  const dir = mkdtempSync(join(parent, "data-"));
  cpSync("data", dir, { recursive: true });
  return dir;
}

/** Runs `npm run build`'s script with its data and output folders moved; returns what it printed. */
export function runBuild(env: { dataDir: string; outDir: string; cacheDir: string; skipPrecheck?: boolean }) {
  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    encoding: "utf8",
    env: childEnv({
      EXILE_DATA_DIR: env.dataDir,
      EXILE_OUT_DIR: env.outDir,
      EXILE_CACHE_DIR: env.cacheDir,
      EXILE_SKIP_PRECHECK: env.skipPrecheck ? "1" : "0",
    }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
