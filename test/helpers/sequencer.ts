import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The order in which the run's workers take test files, chosen so the two cores are never idle
 * while work waits (issue 13):
 * 1. the unit files, which need no built site: they run while the shared build is still going
 *    (test/helpers/buildSite.ts starts it without waiting for it);
 * 2. the site files that run builds of their own (`builds`), the longest chains of work, started
 *    as soon as the shared build is there so that they overlap the browser files instead of
 *    running after them;
 * 3. the other site files.
 * Within each group Vitest's own order is kept: longest first by the last run's durations where
 * it has them, else the largest file first.
 */
export function sequencerFor(builds: readonly string[]) {
  const rank = (spec: TestSpecification) => {
    if (spec.project.name === "unit") return 0;
    return builds.some((file) => spec.moduleId.endsWith(file)) ? 1 : 2;
  };
  return class FilesThatFeedTheCores extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const sorted = await super.sort(files);
      // Array.prototype.sort is stable: the base order holds within each group.
      return sorted.sort((a, b) => rank(a) - rank(b));
    }
  };
}
