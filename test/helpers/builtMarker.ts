import { join } from "node:path";

/**
 * The file the shared build's outcome is written to when it ends, as `{ status, output }`:
 * test/helpers/buildSite.ts writes it, test/helpers/waitForSite.ts waits for it.
 */
export const builtMarker = (workDir: string): string => join(workDir, "built.json");
