import { defineConfig } from "vitest/config";
import { FilesThatFeedTheCores } from "./test/helpers/sequencer.ts";

/**
 * Three projects, run side by side in one pool of workers:
 * - `unit` runs pure functions (validation, charts, snapshots);
 * - `site` reads the real site that test/helpers/buildSite.ts builds once, as HTML or in the run's
 *   one Chromium. Its files wait for that build (test/helpers/waitForSite.ts), which goes on while
 *   the unit files run;
 * - `site-builds` holds the site files that also build edited copies of the data or start
 *   `astro dev`. They are the longest chains of work in the run, so test/helpers/sequencer.ts
 *   starts them early, between the browser files, rather than one by one after everything else
 *   (as Vitest runs a project without file parallelism). Their builds share the cores with other
 *   files, so they get longer timeouts.
 * `npm run bench:tests` reports the suite's wall time and its slowest files.
 */
const builds = [
  "test/site/xss.test.ts",
  "test/site/sourcedTables.test.ts",
  "test/site/editing.test.ts",
  "test/site/timelineEditing.test.ts",
  "test/site/exileMapEditing.test.ts",
  "test/site/safeBuild.test.ts",
  "test/site/updates.test.ts",
  "test/site/devServer.test.ts",
  "test/site/basePath.test.ts",
];
const site = {
  env: { TZ: "UTC" },
  // As for the unit files: playwright-core, linkedom and the helpers load once per worker. Each
  // file still runs on its own, with its own browser contexts and folders.
  isolate: false,
  globalSetup: ["test/helpers/buildSite.ts"],
  setupFiles: ["test/helpers/waitForSite.ts"],
  testTimeout: 120_000,
  hookTimeout: 180_000,
  // expect.poll waits for what a test checks (an embed resized, a step shown); a busy 2-core
  // machine can take longer than the default second, and a poll returns as soon as it holds.
  expect: { poll: { timeout: 10_000 } },
};

export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    // Vitest's default on this 2-core machine is one worker. Three keep both cores busy: the
    // browser files spend much of their time waiting on Chromium, which runs in its own process.
    maxWorkers: 3,
    sequence: { sequencer: FilesThatFeedTheCores },
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          env: { TZ: "UTC" },
          // Unit files share the cores with the site build that runs beside them, so a test that
          // draws a PNG can take longer than Vitest's 5 s default without being slow on its own.
          testTimeout: 30_000,
          // Each worker loads Plot, d3, linkedom and the chart modules once for all its files
          // rather than once a file: loading was two thirds of the unit files' time (173 s
          // against 74 s for the project on a loaded machine). The files that stub globals or
          // mock modules undo it in afterEach (unstubAllGlobals, resetModules, doUnmock).
          isolate: false,
        },
      },
      { test: { name: "site", include: ["test/site/**/*.test.ts"], exclude: builds, ...site } },
      {
        test: {
          name: "site-builds",
          include: builds,
          ...site,
          // A build that redraws every chart, beside the browser files, can take minutes here.
          testTimeout: 300_000,
          hookTimeout: 420_000,
        },
      },
    ],
  },
});
