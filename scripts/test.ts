/**
 * `npm test`: every check and test, as CI runs them.
 *
 * The data check runs first and alone: it takes a second, and an editor's broken CSV should be
 * the first and only thing they read. Then the static checks (ESLint, Prettier, `astro check`)
 * and Vitest run side by side. Run one after the other, the static checks held Vitest back for
 * about 35 s on this 2-core machine while the first part of Vitest (the shared build and the unit
 * files) left a core free for them (issue 13).
 *
 * Vitest prints as it goes; each static check's output is held and printed whole when it ends, so
 * the lines of different tools never interleave. The run fails if any of them fails, and its last
 * lines list which did. Arguments are passed to Vitest (`npm test -- --reporter=dot`).
 */
import { spawn, spawnSync } from "node:child_process";

interface Outcome {
  name: string;
  status: number | null;
  seconds: number;
}

/** Runs an npm script with its output held, and prints it whole when it ends. */
function heldScript(name: string): Promise<Outcome> {
  const started = performance.now();
  const child = spawn("npm", ["run", "--silent", name], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => {
    child.on("close", (status) => {
      const seconds = (performance.now() - started) / 1000;
      const mark = status === 0 ? "✓" : "✗";
      process.stdout.write(`\n${mark} npm run ${name} (${seconds.toFixed(1)} s)\n${status === 0 ? "" : output}`);
      done({ name, status, seconds });
    });
  });
}

/** Runs Vitest with its output going straight to the terminal. */
function vitest(args: string[]): Promise<Outcome> {
  const started = performance.now();
  const child = spawn("npx", ["vitest", "run", ...args], { stdio: "inherit" });
  return new Promise((done) =>
    child.on("close", (status) => done({ name: "vitest", status, seconds: (performance.now() - started) / 1000 })),
  );
}

const data = spawnSync("npm", ["run", "--silent", "check:data"], { stdio: "inherit" });
if (data.status !== 0) process.exit(data.status ?? 1);

const outcomes = await Promise.all([
  vitest(process.argv.slice(2)),
  heldScript("lint"),
  heldScript("format:check"),
  heldScript("check:types"),
]);
const failed = outcomes.filter((outcome) => outcome.status !== 0);
process.stdout.write(
  `\n${outcomes.map((o) => `${o.status === 0 ? "✓" : "✗"} ${o.name} ${o.seconds.toFixed(1)} s`).join(" · ")}\n`,
);
if (failed.length > 0) {
  process.stderr.write(`Failed: ${failed.map((outcome) => outcome.name).join(", ")}\n`);
  process.exit(1);
}
