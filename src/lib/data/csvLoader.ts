import { join } from "node:path";
import type { Loader } from "astro/loaders";
import { file } from "astro/loaders";
import type { Dataset } from "./dataset.ts";
import { formatProblem } from "./problem.ts";
import { dataDir, validateDataFile } from "./validateDataDir.ts";

/** Thrown when a data file is invalid; its message lists every problem, one per line. */
export class DataFileError extends Error {
  override name = "DataFileError";
}

/**
 * A content-collection loader for one CSV in `data/`: Astro's `file()` loader with a papaparse
 * parser, behind the shared validation core.
 *
 * `file()` only logs a parser error and carries on with an empty (or, in dev, stale) collection,
 * which would publish a page without its data. So in a build this loader validates first and
 * throws, failing the build with every problem listed. In dev it lets the page show the problems
 * instead (see DataProblems.astro), so the server keeps running while the editor fixes the file.
 */
export function csvLoader(dataset: Dataset): Loader {
  const dir = dataDir();
  const path = join(dir, `${dataset.name}.csv`);
  const validate = () => validateDataFile(dataset, dir);
  // In a build, load() validates before handing over to file(); its parser then reuses that result
  // instead of reading and checking the file a second time. In dev every save is checked afresh.
  let checked: ReturnType<typeof validate> | undefined;
  const inner = file(path, {
    // The loader hands over text it decoded itself; the core rereads the bytes so that it can
    // recognise a file saved in the wrong encoding instead of seeing replacement characters.
    parser: () => {
      const { rows, problems } = checked ?? validate();
      checked = undefined;
      if (problems.length > 0) throw new DataFileError(problems.map(formatProblem).join("\n"));
      return rows.map(({ raw }) => ({ ...raw, id: dataset.key.map((column) => raw[column]).join(" | ") }));
    },
  });
  return {
    name: `csv-${dataset.name}`,
    load: async (context) => {
      if (!context.watcher) {
        checked = validate();
        if (checked.problems.length > 0) {
          throw new DataFileError(`\n${checked.problems.map(formatProblem).join("\n")}`);
        }
      }
      await inner.load(context);
    },
  };
}
