import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_FLAGS, testChromiumPath } from "../../scripts/lib/browser.ts";
import { takeAstroTurn } from "./astroTurn.ts";
import { builtMarker, writeMarker } from "./builtMarker.ts";
import { buildEditedSite, skipEditedSite } from "./editedSite.ts";
import { buildScript } from "./runBuild.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    workDir: string;
    /** The artefact and content cache the shared build filled; see warmCacheDir in runBuild.ts. */
    cacheDir: string;
    /** Where the run's one Chromium listens; see useBuiltSiteInChromium. */
    chromiumEndpoint: string;
  }
}

interface Shared {
  workDir: string;
  siteDir: string;
  cacheDir: string;
  chromium: BrowserServer;
  /** Settles when the shared build and the edited one have ended, well or not (their markers say how). */
  built: Promise<void>;
  users: number;
}

/**
 * Runs `npm run build`'s script into `siteDir` and writes its outcome to the marker file, then
 * builds the edited data that four site files share (test/helpers/editedSite.ts). The Astro turn
 * is taken before the marker lets any site file start, so the edited build runs next, before the
 * files' own builds, and its readers seldom wait for it.
 */
async function build(workDir: string, siteDir: string, cacheDir: string): Promise<void> {
  const started = performance.now();
  const outcome = await buildScript({ EXILE_OUT_DIR: siteDir, EXILE_CACHE_DIR: cacheDir });
  if (outcome.status !== 0) {
    writeMarker(builtMarker(workDir), outcome);
    skipEditedSite(workDir, "The shared build failed, so the edited data was not built.");
    return;
  }
  process.stdout.write(`site built for tests in ${Math.round(performance.now() - started)} ms\n`);
  const endTurn = await takeAstroTurn(workDir);
  writeMarker(builtMarker(workDir), outcome);
  try {
    await buildEditedSite(workDir, siteDir, cacheDir);
  } finally {
    endTurn();
  }
}

/**
 * Both site projects (the parallel one and the one whose files need the machine alone) use this
 * setup. Global setups run in Vitest's main process, so the first one keeps what it made on
 * globalThis and the second reuses it: one build and one Chromium for the whole run, whatever
 * the number of projects.
 */
const key = Symbol.for("exile-atlas.site-tests");
type WithShared = typeof globalThis & { [key]?: Promise<Shared> };

async function start(): Promise<Shared> {
  const workDir = mkdtempSync(join(tmpdir(), "exile-site-"));
  const siteDir = join(workDir, "dist");
  const cacheDir = join(workDir, "cache");
  // Started, not awaited: Vitest runs every project's global setup before any test file, so
  // waiting here would leave both cores to the build alone. The unit files, which need no site,
  // run meanwhile, and each site file waits for the marker first (test/helpers/waitForSite.ts).
  const built = build(workDir, siteDir, cacheDir);
  // One browser process for every file: each file connects to it (a few milliseconds) instead of
  // starting its own (about a second each, and memory the 2-core machine is short of).
  // Smooth scrolling off: a wheel tick or a key then moves the page at once, so a test that scrolls
  // waits a frame for its result instead of an animation; the story's code paths (scroll events,
  // observers, scrollend) are the same.
  const server = await chromium.launchServer({
    executablePath: testChromiumPath(),
    args: [...CHROMIUM_FLAGS, "--disable-smooth-scrolling"],
  });
  return { workDir, siteDir, cacheDir, chromium: server, built, users: 0 };
}

/**
 * Builds the real site once, with `npm run build`'s script, into a temporary folder that the site
 * tests share, and starts Debian's Chromium for them. The checkout's own dist/ is never touched.
 * The build goes on in the background; test/helpers/waitForSite.ts holds each site file until it
 * has ended, and fails the file with the build's output if it failed.
 */
export default async function setup(project: TestProject) {
  const holder = globalThis as WithShared;
  holder[key] ??= start();
  const shared = await holder[key];
  shared.users++;
  project.provide("siteDir", shared.siteDir);
  project.provide("workDir", shared.workDir);
  project.provide("cacheDir", shared.cacheDir);
  project.provide("chromiumEndpoint", shared.chromium.wsEndpoint());
  return async () => {
    if (--shared.users > 0) return;
    Reflect.deleteProperty(holder, key);
    await shared.chromium.close();
    // A run stopped early may end while the build still writes into the folder.
    await shared.built;
    rmSync(shared.workDir, { recursive: true, force: true });
  };
}
