import { existsSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";
import { builtMarker } from "./builtMarker.ts";

/**
 * A setup file of the site project: it runs before each site test file is loaded, since those
 * files list their tests from the built site. It holds the file until the shared build that
 * test/helpers/buildSite.ts started has ended, and fails it with the build's own output if the
 * site did not build. The marker is written once, when the build ends, so a poll of a tenth of a
 * second costs nothing and the file starts at most that long after the site is there.
 */
const marker = builtMarker(inject("workDir"));
while (!existsSync(marker)) await sleep(100);
const { status, output } = JSON.parse(readFileSync(marker, "utf8")) as { status: number | null; output: string };
if (status !== 0) throw new Error(`The site did not build (exit ${status}):\n${output}`);
