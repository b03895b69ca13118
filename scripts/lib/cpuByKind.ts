import { readdirSync, readFileSync } from "node:fs";

/**
 * What kind of work a process does in a test run, from its command line: the browser, an Astro
 * build or dev server, a static check, a Vitest worker, or anything else. The suite is CPU-bound
 * on this 2-core machine (issue 13), so where its core-seconds go says what to cut next.
 */
export function processKind(commandLine: string): string {
  if (/chrom/.test(commandLine)) return "Chromium";
  if (/astro\.mjs build|scripts\/build\.ts/.test(commandLine)) return "Astro builds";
  if (/astro\.mjs dev|astro dev/.test(commandLine)) return "astro dev";
  if (/astro\.mjs check|astro check|tsserver|typescript/.test(commandLine)) return "astro check";
  if (/eslint/.test(commandLine)) return "ESLint";
  if (/prettier/.test(commandLine)) return "Prettier";
  if (/vitest/.test(commandLine)) return "Vitest (main and workers)";
  return "other";
}

/** A process's CPU time so far (user and system), in seconds, from /proc; undefined once it has gone. */
function cpuSeconds(pid: string, ticksPerSecond: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name, which may hold spaces and is closed by the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/**
 * Samples every process's CPU time once a `intervalMs` while a run goes on, and adds what each
 * used since the last sample to its kind (processKind). Linux only (/proc). The last fraction of a
 * second of a process that ends between two samples is not seen, so the sums are a little low.
 * Processes that ran before the sampler started count only from then on.
 */
export function sampleCpuByKind(
  intervalMs = 1000,
  ticksPerSecond = 100 /* Linux USER_HZ */,
): { stop: () => Map<string, number> } {
  const seen = new Map<string, { seconds: number; kind: string }>();
  const totals = new Map<string, number>();
  const sample = (count: boolean) => {
    for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      const seconds = cpuSeconds(pid, ticksPerSecond);
      if (seconds === undefined) continue;
      const known = seen.get(pid);
      // A pid seen again with less CPU time is a new process that reused the number.
      const before = known && known.seconds <= seconds ? known : undefined;
      const used = seconds - (before?.seconds ?? 0);
      let kind = before?.kind;
      if (!kind) {
        try {
          kind = processKind(readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " "));
        } catch {
          kind = "other";
        }
      }
      seen.set(pid, { seconds, kind });
      if (count && used > 0) totals.set(kind, (totals.get(kind) ?? 0) + used);
    }
  };
  sample(false);
  const timer = setInterval(() => sample(true), intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample(true);
      return totals;
    },
  };
}
