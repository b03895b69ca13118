/**
 * `npm run data:diff [-- REF] [-- --markdown FILE]`: what a reader will see change, in plain
 * language, between the data at a git ref (default: the last commit) and the files in data/ now.
 * Also lists any validation problems in the new files, and exits 1 if there are some.
 * With --markdown, the same summary is written to FILE for a pull-request comment.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { datasets } from "../src/lib/data/datasets.ts";
import { formatProblem } from "../src/lib/data/problem.ts";
import { summariseChange } from "../src/lib/data/summariseChange.ts";
import { dataDir, validateDataFile } from "../src/lib/data/validateDataDir.ts";

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

const current = (name: string) => {
  const path = join(dir, `${name}.csv`);
  return existsSync(path) ? readFileSync(path) : new Uint8Array();
};
const { lines, unchanged } = summariseChange(atRef, current);
const problems = datasets.flatMap((dataset) => validateDataFile(dataset, dir).problems).map(formatProblem);

const summary = unchanged ? [`No data changes since ${ref}.`] : lines;
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
