import { inject } from "vitest";
import { builtMarker, readMarker } from "./builtMarker.ts";

/**
 * A setup file of the site project: it runs before each site test file is loaded, since those
 * files list their tests from the built site. It holds the file until the shared build that
 * test/helpers/buildSite.ts started has ended, and fails it with the build's own output if the
 * site did not build.
 */
await readMarker(builtMarker(inject("workDir")), "The site");
