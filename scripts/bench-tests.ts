/**
 * `npm run bench:tests`: how long `npm test` takes on a fresh clone of this checkout's HEAD, as a
 * new contributor or CI runs it: no build output, no Astro or Vite cache, no Vitest cache. It
 * reports the median wall time of the runs against the budget, and the slowest test files (by
 * Vitest's own durations, median over the runs), so a change that slows the suite shows here,
 * and the CPU time each kind of process used (Chromium, Astro builds, Vitest, the static checks):
 * on this 2-core machine the suite is CPU-bound, so that says where a cut would pay.
 * Exits 1 if a run fails or the median passes the budget.
 * Usage: npm run bench:tests [-- --runs 3] [--report vitest.json]
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { budgetTable } from "./lib/budgets.ts";
import { sampleCpuByKind } from "./lib/cpuByKind.ts";
import { median } from "./lib/timedBuild.ts";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 1;
/** The whole of `npm test`, checks and every Vitest project, may take at most this (issue 13). */
const SUITE_BUDGET_S = 240;

interface VitestReport {
  testResults: { name: string; startTime: number; endTime: number }[];
}

const checkout = resolve(".");
const wallTimes: number[] = [];
const fileTimes = new Map<string, number[]>();
/** Core-seconds each kind of process used in each run (scripts/lib/cpuByKind.ts). */
const cpuTimes = new Map<string, number[]>();
for (let run = 1; run <= runs; run++) {
  const work = mkdtempSync(join(tmpdir(), "exile-bench-tests-"));
  const clone = join(work, "clone");
  try {
    spawnSync("git", ["clone", "--quiet", "--no-hardlinks", checkout, clone], { stdio: "inherit" });
    // The installed packages as `npm ci` leaves them, without the caches a previous run filled.
    cpSync(join(checkout, "node_modules"), join(clone, "node_modules"), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => !/node_modules\/(\.astro|\.vite|\.vitest|\.cache)(\/|$)/.test(source),
    });
    const report = join(work, "vitest.json");
    const started = performance.now();
    const cpu = sampleCpuByKind();
    const child = spawn("npm", ["test", "--", "--reporter=dot", "--reporter=json", `--outputFile.json=${report}`], {
      cwd: clone,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, CI: "true" },
    });
    const status = await new Promise<number | null>((done) => child.on("close", done));
    const seconds = (performance.now() - started) / 1000;
    const used = cpu.stop();
    if (status !== 0) {
      process.stderr.write(`npm test failed in run ${run} (exit ${status})\n`);
      process.exit(1);
    }
    wallTimes.push(seconds);
    process.stdout.write(`run ${run}: npm test took ${seconds.toFixed(1)} s\n`);
    for (const [kind, coreSeconds] of used) cpuTimes.set(kind, [...(cpuTimes.get(kind) ?? []), coreSeconds]);
    // `--report FILE` keeps the last run's Vitest report, with each file's start and end times.
    const keep = process.argv.indexOf("--report");
    if (keep !== -1 && existsSync(report)) cpSync(report, process.argv[keep + 1]!);
    if (existsSync(report)) {
      for (const file of (JSON.parse(readFileSync(report, "utf8")) as VitestReport).testResults) {
        const name = relative(clone, file.name);
        fileTimes.set(name, [...(fileTimes.get(name) ?? []), (file.endTime - file.startTime) / 1000]);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const slowest = [...fileTimes]
  .map(([name, times]) => ({ name, seconds: median(times) }))
  .sort((a, b) => b.seconds - a.seconds)
  .slice(0, 5);
process.stdout.write(`\nruns: ${runs}; each: ${wallTimes.map((s) => `${s.toFixed(1)} s`).join(", ")}\n\n`);
process.stdout.write(
  `slowest files (median):\n${slowest.map((f) => `- ${f.name}: ${f.seconds.toFixed(1)} s`).join("\n")}\n\n`,
);
// The suite is CPU-bound here: what each kind of process used says where a cut would pay.
const cpuRows = [...cpuTimes]
  .map(([kind, times]) => ({ kind, seconds: median(times) }))
  .sort((a, b) => b.seconds - a.seconds);
process.stdout.write(
  `CPU time by kind of process (core-seconds, median; ${(cpuRows.reduce((sum, row) => sum + row.seconds, 0) / availableParallelism()).toFixed(0)} s of wall time on ${availableParallelism()} cores at the least):\n` +
    `${cpuRows.map((row) => `- ${row.kind}: ${row.seconds.toFixed(0)}`).join("\n")}\n\n`,
);
const { table, over } = budgetTable([
  { name: "npm test, fresh clone (median)", value: median(wallTimes), unit: "s", max: SUITE_BUDGET_S },
]);
process.stdout.write(table);
process.exit(over ? 1 : 0);
