import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` runs pure functions (validation, charts) in parallel; `site` builds the
 * real site once (test/helpers/buildSite.ts) and checks its HTML, its behaviour in Debian's
 * Chromium and the dev server, one file at a time because they share the build.
 */
export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          env: { TZ: "UTC" },
        },
      },
      {
        test: {
          name: "site",
          include: ["test/site/**/*.test.ts"],
          env: { TZ: "UTC" },
          globalSetup: ["test/helpers/buildSite.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
