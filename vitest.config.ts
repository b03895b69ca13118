import { defineConfig } from "vitest/config";

/**
 * Three projects, run side by side:
 * - `unit` runs pure functions (validation, charts, snapshots), file by file in parallel;
 * - `site` reads the real site that test/helpers/buildSite.ts builds once, as HTML or in the run's
 *   one Chromium; its files only read that build, so they run in parallel too;
 * - `site-builds` holds the files that build edited copies of the data or start `astro dev`. Each
 *   of those takes both cores for seconds, so they run one at a time, beside the others.
 * All site files share the one build and the one Chromium (buildSite.ts makes them once for both
 * projects). `npm run bench:tests` reports the suite's wall time and its slowest files.
 */
const builds = [
  "test/site/safeBuild.test.ts",
  "test/site/editing.test.ts",
  "test/site/timelineEditing.test.ts",
  "test/site/exileMapEditing.test.ts",
  "test/site/sourcedTables.test.ts",
  "test/site/xss.test.ts",
  "test/site/updates.test.ts",
  "test/site/devServer.test.ts",
  "test/site/embedPreviewer.test.ts",
];
const site = {
  env: { TZ: "UTC" },
  globalSetup: ["test/helpers/buildSite.ts"],
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
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          env: { TZ: "UTC" },
          // Unit files share the cores with the site builds that run beside them, so a test that
          // draws a PNG can take longer than Vitest's 5 s default without being slow on its own.
          testTimeout: 30_000,
        },
      },
      {
        test: { name: "site", include: ["test/site/**/*.test.ts"], exclude: builds, ...site },
      },
      {
        test: { name: "site-builds", include: builds, fileParallelism: false, ...site },
      },
    ],
  },
});
