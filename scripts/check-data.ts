/**
 * `npm run check:data`: checks every CSV in data/ and every edition's copy in src/content against
 * the English (scripts/lib/editionCopy.ts), and prints each problem as
 * `FILE:LINE:COLUMN  what is wrong — expected X, found "Y"` (for copy, the column is the key).
 * Exits 1 if there is any. It also says how old the latest political-prisoner count is, and warns
 * (without failing) when it is older than 60 days. `EXILE_TODAY=YYYY-MM-DD` sets the day it counts
 * from; otherwise the clock.
 * Usage: npm run check:data [-- DATA_DIR [CONTENT_DIR]]
 */
import { politicalPrisoners } from "../src/lib/data/datasets.ts";
import { freshness, freshnessLines } from "../src/lib/data/freshness.ts";
import { formatProblem } from "../src/lib/data/problem.ts";
import { dataDir, displayPath, validateDataDir, validateDataFile } from "../src/lib/data/validateDataDir.ts";
import { editionCopyProblems } from "./lib/editionCopy.ts";

const dir = process.argv[2] ?? dataDir();
const today = process.env.EXILE_TODAY ?? new Date().toISOString().slice(0, 10);
const data = validateDataDir(dir);
const { notices, fileCount, rowCount } = data;
const problems = [...data.problems, ...editionCopyProblems(process.argv[3] ?? "src/content")];
for (const notice of notices) process.stdout.write(`note: ${notice}\n`);
const counts = validateDataFile(politicalPrisoners, dir).rows.map((row) => row.value);
for (const line of freshnessLines(freshness(counts, today))) process.stdout.write(`${line}\n`);
if (problems.length > 0) {
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  const files = new Set(problems.map((problem) => problem.file)).size;
  process.stderr.write(
    `\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}. ` +
      "Fix them and run `npm run check:data` again; nothing was published.\n",
  );
  process.exit(1);
}
process.stdout.write(
  `${displayPath(dir)}: ${fileCount} files, ${rowCount} rows, no problems; every edition's copy is complete.\n`,
);
