/**
 * The environment for a build or dev server started by a test: ours, minus what Vitest sets.
 * Astro changes behaviour under VITEST (its dev server then serves no pages) and NODE_ENV=test,
 * so a child that keeps them would not behave as it does for an editor.
 */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST") && name !== "NODE_ENV"),
  );
  return { ...env, ...extra };
}
