import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { dataHistory } from "../../../src/lib/data/dataHistory.ts";

const work = mkdtempSync(join(tmpdir(), "exile-history-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, {
    cwd,
    stdio: "ignore",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "T",
      GIT_AUTHOR_EMAIL: "t@example.org",
      GIT_COMMITTER_NAME: "T",
      GIT_COMMITTER_EMAIL: "t@example.org",
      GIT_COMMITTER_DATE: "2026-05-02T12:00:00Z",
    },
  });

/** A repository whose data/ is a copy of the real one, committed, then changed once. */
function repository(name: string): string {
  const repo = join(work, name);
  mkdirSync(repo);
  cpSync("data", join(repo, "data"), { recursive: true });
  git(repo, "init", "--quiet");
  git(repo, "add", "--all");
  git(repo, "commit", "--quiet", "--no-gpg-sign", "-m", "Import the data");
  appendFileSync(
    join(repo, "data/releases.csv"),
    "2026-04-20,12,Example pardon decree,https://spring96.org/en/news/2,Viasna,\r\n",
  );
  appendFileSync(join(repo, "data/README.md"), "\nA change to the guide alone is not an update.\n");
  git(repo, "commit", "--quiet", "--no-gpg-sign", "-a", "-m", "Add a pardon <b>decree</b>");
  return repo;
}

describe("dataHistory(dir)", () => {
  test("lists each commit that changed a data file, newest first, with what a reader sees change", () => {
    const history = dataHistory(join(repository("full"), "data"));
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.updates.map((update) => update.subject)).toEqual(["Add a pardon <b>decree</b>", "Import the data"]);
    expect(history.updates[0]!.date).toBe("2026-05-02T12:00:00+00:00");
    expect(history.updates[0]!.lines).toEqual([
      "releases: 1 new release",
      "  + 2026-04-20: 12 — Example pardon decree",
    ]);
    // The import lists at most 12 rows of a file, then how many more.
    expect(history.updates[1]!.lines).toContain("  … and 53 more");
  });

  test("says history is not available in a copy without .git, and in a shallow clone", () => {
    const plain = join(work, "plain");
    cpSync("data", join(plain, "data"), { recursive: true });
    expect(dataHistory(join(plain, "data"))).toEqual({ available: false, reason: "not a git repository" });
    const shallow = join(work, "shallow");
    execFileSync("git", ["clone", "--quiet", "--depth", "1", `file://${repository("source")}`, shallow], {
      stdio: "ignore",
    });
    expect(dataHistory(join(shallow, "data"))).toEqual({ available: false, reason: "shallow clone" });
  });
});
