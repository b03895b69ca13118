/**
 * `npm run build`: builds the site without ever leaving a reader with a half-written or broken one.
 *
 * 1. Every data file, and every edition's copy against English, is validated first; any problem
 *    stops here, before Astro starts.
 * 2. Astro builds into a staging folder beside the output folder.
 * 3. The offline editions, the security headers of every file and the signed list of files are
 *    added to the staging folder (scripts/lib/publish.ts); a failure there also stops the build.
 * 4. Only a complete build replaces the output folder, by renaming, so the last good `dist/`
 *    stays in place until the new one is whole.
 *
 * `EXILE_OUT_DIR` moves the output folder (tests use it); `EXILE_SKIP_PRECHECK=1` skips step 1 so
 * a test can prove that the build itself (through the content collections) also refuses bad data,
 * and `EXILE_PRECHECK_ONLY=1` stops after it, so a test of bad data need not wait for its turn to
 * run Astro (test/helpers/astroTurn.ts).
 * `EXILE_SIGNING_KEY` names the private key that signs the list of files (MIRRORS.md).
 * `EXILE_SKIP_IMAGES=1` leaves out the embeds' PNG images, most of a cold build's time, for a
 * build that is only read (a test of the pages, a quick preview); never publish such a build.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem } from "../src/lib/data/problem.ts";
import { validateDataDir } from "../src/lib/data/validateDataDir.ts";
import { editionCopyProblems } from "./lib/editionCopy.ts";
import { finishBuild } from "./lib/publish.ts";

const outDir = resolve(process.env.EXILE_OUT_DIR ?? "dist");
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);
const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);
const kept = existsSync(outDir) ? `The last good build in ${outDir} was left untouched.` : "Nothing was written.";

if (process.env.EXILE_SKIP_PRECHECK !== "1") {
  // A missing translation in an edition's copy stops the build here too, named by file, line and key.
  const problems = [...validateDataDir().problems, ...editionCopyProblems()];
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write(`\nBuild stopped: ${problems.length} data problem(s). ${kept}\n`);
    process.exit(1);
  }
}

if (process.env.EXILE_PRECHECK_ONLY === "1") {
  process.stdout.write("EXILE_PRECHECK_ONLY=1: the data passed its check; Astro was not started.\n");
  process.exit(0);
}

rmSync(staging, { recursive: true, force: true });
const astro = fileURLToPath(new URL("bin/astro.mjs", import.meta.resolve("astro/package.json")));
const build = spawnSync(process.execPath, [astro, "build"], {
  stdio: "inherit",
  env: { ...process.env, EXILE_OUT_DIR: staging },
});
if (build.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`\nBuild failed. ${kept}\n`);
  process.exit(1);
}

try {
  for (const line of finishBuild(staging)) process.stdout.write(`${line}\n`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\nBuild failed. ${kept}\n`);
  process.exit(1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
process.stdout.write(`Built ${outDir}\n`);
if (process.env.EXILE_SKIP_IMAGES === "1")
  process.stdout.write("EXILE_SKIP_IMAGES=1: the embeds' PNG images were left out. Do not publish this build.\n");
