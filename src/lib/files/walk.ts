import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Every file under a folder, recursively. It lives here, below every other layer, because both
 * the build (the headers integration) and the test and benchmark tooling in scripts/ list the
 * files of a built site, and the build must never import from scripts/.
 */
export const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
