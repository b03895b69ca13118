import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";

/**
 * Waits until no other test file runs Astro (a build or `astro dev`) from this checkout, and
 * returns the function that ends this file's turn. Two Astro processes started from one project
 * folder share its `.astro/` folder: a build whose output lies outside the project (every test
 * build does) writes its prerendered chunks to `.astro/.prerender/`, and a second build there
 * deletes them under the first ("Cannot find module …/.prerender/chunks/…"). So the site files
 * that build run beside the browser files but take turns with each other.
 * The turn is a folder made atomically in the run's work folder, holding its owner's pid, so a
 * turn left by a worker that died is taken over rather than waited on forever. The global setup,
 * which runs outside any test file, passes the work folder itself (test/helpers/buildSite.ts).
 */
export async function takeAstroTurn(workDir: string = inject("workDir")): Promise<() => void> {
  const lock = join(workDir, "astro-turn");
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (!ownerAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(100);
    }
  }
}

/** Whether the process that holds the turn still runs (a turn just made may have no pid yet). */
function ownerAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, "pid"), "utf8"));
  } catch {
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
