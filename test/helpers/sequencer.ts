import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The order in which the run's workers take test files, chosen so the two cores are never idle
 * while work waits (issue 13):
 * 1. the unit files, which need no built site: they run while the shared build is still going
 *    (test/helpers/buildSite.ts starts it without waiting for it);
 * 2. the site files, with the ones that run builds of their own (the `site-builds` project, the
 *    longest chains of work) taking every other place, so that they start early and overlap the browser files
 *    instead of running after them. Interleaved, about one build runs at a time beside two browser
 *    files: each build keeps a core busy, and three at once left the browser files waiting and
 *    slowed every build past its timeout on a busy machine.
 * Within each group Vitest's own order is kept: longest first by the last run's durations where
 * it has them, else the largest file first.
 */
export class FilesThatFeedTheCores extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const of = (name: string) => sorted.filter((spec) => spec.project.name === name);
    const [building, browsing] = [of("site-builds"), of("site")];
    const interleaved: TestSpecification[] = [];
    while (building.length > 0 || browsing.length > 0) {
      const next = building.shift();
      if (next) interleaved.push(next);
      const other = browsing.shift();
      if (other) interleaved.push(other);
    }
    return [...of("unit"), ...interleaved];
  }
}
