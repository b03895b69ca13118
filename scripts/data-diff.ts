/**
 * `npm run data:diff [-- REF] [-- --markdown FILE]`: what a reader will see change, in plain
 * language, between the data at a git ref (default: the last commit) and the files in data/ now.
 * Also lists any validation problems in the new files, and exits 1 if there are some.
 * With --markdown, the same summary is written to FILE for a pull-request comment.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { datasets } from "../src/lib/data/datasets.ts";
import { describeDiff, latestCountLine } from "../src/lib/data/describeDiff.ts";
import { diffDataset, unchanged } from "../src/lib/data/diffData.ts";
import { formatProblem } from "../src/lib/data/problem.ts";
import { dataDir, validateDataFile } from "../src/lib/data/validateDataDir.ts";
import { validateCsv } from "../src/lib/data/validateCsv.ts";

const args = process.argv.slice(2);
const markdownAt = args.indexOf("--markdown");
const markdownFile = markdownAt === -1 ? undefined : args[markdownAt + 1];
const ref =
  args.find((arg, index) => !arg.startsWith("--") && (markdownAt === -1 || index !== markdownAt + 1)) ?? "HEAD";
const dir = dataDir();

// A mistyped ref must not read as "every row is new": check it names a commit first.
if (spawnSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).status !== 0) {
  process.stderr.write(`data:diff: "${ref}" is not a commit, branch or tag in this repository.\n`);
  process.exit(2);
}

/** The bytes of a data file at a git ref, or an empty file if it did not exist there. */
function atRef(name: string): Uint8Array {
  try {
    return execFileSync("git", ["show", `${ref}:./${join(dir, `${name}.csv`)}`], {
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return new Uint8Array();
  }
}

const lines: string[] = [];
const diffs = datasets.map((dataset) => {
  const before = validateCsv(dataset, atRef(dataset.name), { file: `${ref}:${dataset.name}.csv` }).records.map(
    (r) => r.raw,
  );
  const now = validateDataFile(dataset, dir);
  const after = now.records.map((record) => record.raw);
  if (dataset.name === "political-prisoners") {
    const headline = latestCountLine(before, after);
    if (headline) lines.push(headline);
  }
  return { diff: diffDataset(dataset, before, after), problems: now.problems };
});
for (const { diff } of diffs) lines.push(...describeDiff(diff));
const problems = diffs.flatMap(({ problems }) => problems).map(formatProblem);

const summary = unchanged(diffs.map(({ diff }) => diff)) ? [`No data changes since ${ref}.`] : lines;
process.stdout.write(`${summary.join("\n")}\n`);
if (problems.length > 0) process.stdout.write(`\nValidation problems:\n${problems.join("\n")}\n`);

if (markdownFile) {
  const markdown = [
    `## What readers will see change (data since \`${ref}\`)`,
    "",
    ...summary.map((line) => (line.startsWith("  ") ? `  - ${line.trim()}` : `- ${line}`)),
    ...(problems.length > 0 ? ["", "### Validation problems", "", "```", ...problems, "```"] : []),
    "",
  ].join("\n");
  writeFileSync(markdownFile, markdown);
}
process.exit(problems.length > 0 ? 1 : 0);
