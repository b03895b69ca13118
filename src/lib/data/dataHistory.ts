import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { datasets } from "./datasets.ts";
import type { ChangeLanguage } from "./describeDiff.ts";
import { unchanged } from "./diffData.ts";
import { changeLines, dataChange, type DataChange } from "./summariseChange.ts";
import { dataDir } from "./validateDataDir.ts";

/** One commit that changed the data, as the /updates/ page and the feed show it. */
export interface DataUpdate {
  /** The full commit hash; the page and feed show its first 12 digits. */
  commit: string;
  /** When the commit was made (committer date), ISO 8601 with its offset. */
  date: string;
  /** The commit message's first line, and the rest of it (may be empty). */
  subject: string;
  body: string;
  /** What a reader saw change, as `npm run data:diff` says it (in English). */
  lines: string[];
  /**
   * The same change before it is put into words, for each edition to word it (updateLines). An
   * update made by hand, as a test makes one, may give its lines alone.
   */
  change?: DataChange | undefined;
}

export type DataHistory =
  | { available: true; updates: DataUpdate[] }
  | { available: false; reason: "not a git repository" | "shallow clone" | "git failed" };

/** The most rows of one kind listed per file in one update; a commit that added a whole file says "… and N more". */
const MAX_ROWS = 12;

/**
 * What a reader saw change in an update, in an edition's words (its `updates.summary` copy) and
 * formats; an update without its change (one made by hand) gives its lines as they are.
 */
export function updateLines(update: DataUpdate, language: ChangeLanguage): string[] {
  return update.change ? changeLines(update.change, { maxRows: MAX_ROWS, language }) : update.lines;
}

/** The field and record separators in the `git log` format: bytes commit messages do not contain. */
const FIELD = "\u001f";
const RECORD = "\u001e";

/**
 * The history of the data folder: every commit on the current branch's first-parent line (a
 * merged pull request counts as one change) that changed a data file, newest first, each with
 * the plain-language summary of what it changed. Read with `git log` once per build and cached,
 * so every page and feed of every edition shares one read.
 *
 * A copy without history (a tarball, a shallow CI checkout) cannot tell what changed when; it
 * says so instead of showing a partial list, and the site still builds.
 */
export function dataHistory(dir = dataDir()): DataHistory {
  const key = resolve(dir);
  const cache = historyCache();
  let history = cache.get(key);
  if (!history) {
    history = readHistory(key);
    cache.set(key, history);
  }
  return history;
}

/**
 * The cache lives on globalThis: Astro bundles pages into several chunks, each with its own copy
 * of this module, and the history must still be read only once per build.
 */
function historyCache(): Map<string, DataHistory> {
  const store = globalThis as typeof globalThis & { __exileDataHistory?: Map<string, DataHistory> };
  store.__exileDataHistory ??= new Map();
  return store.__exileDataHistory;
}

function readHistory(dir: string): DataHistory {
  const git = (args: string[], cwd = dir) =>
    execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
  if (!existsSync(dir)) return { available: false, reason: "not a git repository" };
  let root: string;
  try {
    root = git(["rev-parse", "--show-toplevel"]).trim();
  } catch {
    return { available: false, reason: "not a git repository" };
  }
  try {
    if (git(["rev-parse", "--is-shallow-repository"], root).trim() === "true") {
      return { available: false, reason: "shallow clone" };
    }
    const folder = relative(root, dir).split("\\").join("/") || ".";
    const files = new Set(datasets.map((dataset) => join(folder, `${dataset.name}.csv`).split("\\").join("/")));
    const log = git(
      [
        "log",
        "--first-parent",
        "--diff-merges=first-parent",
        "--no-renames",
        "--name-only",
        `--format=${RECORD}%H${FIELD}%cI${FIELD}%s${FIELD}%b${FIELD}`,
        "--",
        folder,
      ],
      root,
    );
    const show = (commit: string, path: string): Uint8Array => {
      try {
        return execFileSync("git", ["show", `${commit}:${path}`], { cwd: root, stdio: ["ignore", "pipe", "ignore"] });
      } catch {
        return new Uint8Array(); // The file did not exist in that version.
      }
    };
    const updates: DataUpdate[] = [];
    for (const record of log.split(RECORD).slice(1)) {
      const [commit = "", date = "", subject = "", body = "", names = ""] = record.split(FIELD);
      const changed = names.split("\n").map((name) => name.trim());
      if (!changed.some((name) => files.has(name))) continue; // Only the guide or another file changed.
      const at = (version: string) => (name: string) => show(version, `${folder}/${name}.csv`.replace(/^\.\//, ""));
      const change = dataChange(at(`${commit}^1`), at(commit));
      if (unchanged(change.diffs)) continue; // E.g. only line endings or quoting changed: nothing a reader sees.
      const lines = changeLines(change, { maxRows: MAX_ROWS });
      updates.push({ commit, date, subject: subject.trim(), body: body.trim(), lines, change });
    }
    return { available: true, updates };
  } catch {
    return { available: false, reason: "git failed" };
  }
}
