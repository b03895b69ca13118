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
/**
 * The site files that take longest, in the order they should start. Vitest orders files by the
 * last run's durations when its cache has them, but a fresh clone (CI) has none, and it then
 * starts the largest files first: the axe file, short and the longest of all, started last and
 * ran alone for the last three minutes of the run. `npm run bench:tests` lists the slowest files
 * after each run; this list only needs their order roughly right.
 */
// In the order of `npm run bench:tests` on 2026-11-30, the builds' files (which take turns to run
// Astro) apart: phoneStage (34 s) and exileMap (25 s), missing from this list then, started last
// of the browser files and set the length of the run's last 30 s.
const LONGEST_FIRST = [
  "accessibility",
  "scrolly",
  "embedHost",
  "phoneStage",
  "exileMap",
  "timeline",
  "offlineEdition",
  "editionFit",
  "thirdParty",
  "noJsEdition",
  "manifest",
];

const rank = (spec: TestSpecification) => {
  const index = LONGEST_FIRST.findIndex((name) => spec.moduleId.endsWith(`/${name}.test.ts`));
  return index === -1 ? LONGEST_FIRST.length : index;
};

export class FilesThatFeedTheCores extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: files not in the list keep Vitest's order after those that are.
    const sorted = (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
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
