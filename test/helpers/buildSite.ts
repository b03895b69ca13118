import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { childEnv } from "./childEnv.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    workDir: string;
  }
}

/**
 * Builds the real site once, with `npm run build`'s script, into a temporary folder that the site
 * tests share. The checkout's own dist/ is never touched by the tests.
 */
export default function setup(project: TestProject) {
  const workDir = mkdtempSync(join(tmpdir(), "exile-site-"));
  const siteDir = join(workDir, "dist");
  const started = performance.now();
  const build = spawnSync(process.execPath, ["scripts/build.ts"], {
    encoding: "utf8",
    env: childEnv({ EXILE_OUT_DIR: siteDir, EXILE_CACHE_DIR: join(workDir, "cache") }),
  });
  if (build.status !== 0) throw new Error(`The site did not build:\n${build.stdout}\n${build.stderr}`);
  process.stdout.write(`site built for tests in ${Math.round(performance.now() - started)} ms\n`);
  project.provide("siteDir", siteDir);
  project.provide("workDir", workDir);
  return () => rmSync(workDir, { recursive: true, force: true });
}
