import { spawn } from "node:child_process";
import { describe, expect, test } from "vitest";
import { processKind, sampleCpuByKind } from "../../../scripts/lib/cpuByKind.ts";

describe("processKind(commandLine)", () => {
  test.each([
    ["/usr/bin/chromium-headless-shell --type=renderer --no-sandbox", "Chromium"],
    ["/clone/node_modules/node/bin/node /clone/node_modules/astro/bin/astro.mjs build", "Astro builds"],
    ["/clone/node_modules/node/bin/node scripts/build.ts", "Astro builds"],
    ["node node_modules/astro/bin/astro.mjs dev --port 4400", "astro dev"],
    ["node node_modules/.bin/astro check", "astro check"],
    ["node node_modules/.bin/eslint . --max-warnings=0", "ESLint"],
    ["node node_modules/.bin/prettier --check .", "Prettier"],
    ["node /clone/node_modules/vitest/dist/workers/forks.js", "Vitest (main and workers)"],
    ["", "other"],
  ])("%s is %s", (commandLine, kind) => {
    expect(processKind(commandLine)).toBe(kind);
  });
});

describe("sampleCpuByKind()", () => {
  test("adds up the CPU time a process of no named kind uses while it samples", async () => {
    const sampler = sampleCpuByKind(50);
    // 300 ms of CPU time, however long a loaded machine takes to give it, then alive and idle
    // until stdin closes, so that the last sample still finds the process.
    const child = spawn(process.execPath, [
      "-e",
      "while (process.cpuUsage().user < 300_000); console.log('done'); process.stdin.resume();",
    ]);
    try {
      await new Promise((done) => child.stdout.once("data", done));
      expect(sampler.stop().get("other") ?? 0).toBeGreaterThanOrEqual(0.25);
    } finally {
      child.stdin.end();
    }
  });
});
