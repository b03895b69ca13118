/**
 * What Vitest adds to a worker's environment: its own markers, and Vite's `import.meta.env` values
 * mirrored into `process.env` (MODE=test, DEV=1, PROD="", SSR=1, BASE_URL=/). A build started
 * with them is not the build an editor runs: Astro reads DEV from the environment, so such a build
 * even wrote the development-only /dev/ pages, and its dev server served no pages under VITEST.
 */
const VITEST_ADDED = new Set(["NODE_ENV", "TEST", "MODE", "DEV", "PROD", "SSR", "BASE_URL", "FORCE_TTY"]);

/** The environment for a build or dev server started by a test: ours, minus what Vitest added. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST") && !VITEST_ADDED.has(name)),
  );
  return { ...env, ...extra };
}
