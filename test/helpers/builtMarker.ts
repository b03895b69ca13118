import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** What a build the global setup runs ended with: its exit status and what it printed. */
export interface Outcome {
  status: number | null;
  output: string;
}

/**
 * The file the shared build's outcome is written to when it ends: test/helpers/buildSite.ts
 * writes it, test/helpers/waitForSite.ts waits for it. The edited build has its own
 * (test/helpers/editedSite.ts).
 */
export const builtMarker = (workDir: string): string => join(workDir, "built.json");

/** Writes a build's outcome to its marker, once, when the build has ended. */
export const writeMarker = (marker: string, outcome: Outcome): void => writeFileSync(marker, JSON.stringify(outcome));

/**
 * Waits until a build's marker is written, and throws with the build's own output if it failed.
 * The marker is written once, when the build ends, so a poll of a tenth of a second costs nothing
 * and the waiting file starts at most that long after the build is there.
 */
export async function readMarker(marker: string, what: string): Promise<void> {
  while (!existsSync(marker)) await sleep(100);
  const { status, output } = JSON.parse(readFileSync(marker, "utf8")) as Outcome;
  if (status !== 0) throw new Error(`${what} did not build (exit ${status}):\n${output}`);
}
