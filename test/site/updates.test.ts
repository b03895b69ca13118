import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { childEnv } from "../helpers/childEnv.ts";
import { warmCacheDir } from "../helpers/runBuild.ts";

/**
 * One extra build: a throwaway git repository holding a copy of this checkout, with one commit of
 * everything and then one commit that adds a political-prisoner count, as an editor's pull request
 * would. The rebuilt /updates/ page and Atom feed must both show that change, with its values.
 */
const work = mkdtempSync(join(tmpdir(), "exile-updates-"));
const repo = join(work, "repo");
const outDir = join(work, "dist");
const MESSAGE = "Add Viasna's count of 30 April 2026 (test)";
const ROW =
  "2026-04-30,1152,,https://spring96.org/en/news/000001,Viasna – example monthly review,Example row: not a real figure.";
let build: { status: number | null; output: string };

/** Copies the checkout's files as they are now (tracked and new, not ignored) into `to`. */
function copyCheckout(to: string): void {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file !== "" && existsSync(file));
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(file, join(to, file));
  }
  symlinkSync(resolve("node_modules"), join(to, "node_modules"), "dir");
}

/** Runs git in the throwaway repository as a fixed, fictitious editor at a fixed time. */
function git(args: string[], date: string): void {
  execFileSync("git", args, {
    cwd: repo,
    stdio: "ignore",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Test Editor",
      GIT_AUTHOR_EMAIL: "editor@example.org",
      GIT_COMMITTER_NAME: "Test Editor",
      GIT_COMMITTER_EMAIL: "editor@example.org",
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

beforeAll(() => {
  copyCheckout(repo);
  git(["init", "--quiet", "--initial-branch=main"], "2026-05-01T09:00:00Z");
  git(["add", "--all"], "2026-05-01T09:00:00Z");
  git(["commit", "--quiet", "--no-gpg-sign", "--message", "Import the site"], "2026-05-01T09:00:00Z");
  appendFileSync(join(repo, "data/political-prisoners.csv"), `${ROW}\r\n`);
  git(["commit", "--quiet", "--no-gpg-sign", "--all", "--message", MESSAGE], "2026-05-02T12:00:00Z");
  // The shared test build's cache already holds every chart this data draws: a copy of it keeps
  // this build to the pages (the one redrawn chart is the political-prisoner one).
  // Without the PNGs, which this test never reads; editing.test.ts builds an edit with them.
  const env = childEnv({ EXILE_OUT_DIR: outDir, EXILE_CACHE_DIR: warmCacheDir(work), EXILE_SKIP_IMAGES: "1" });
  delete env.EXILE_DATA_DIR;
  const result = spawnSync(process.execPath, ["scripts/build.ts"], { cwd: repo, encoding: "utf8", env });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a data change committed in a copy of the repository", () => {
  test("builds", () => {
    expect(build.status, build.output).toBe(0);
  });

  test("is on /updates/ with its date, its commit message and what a reader sees change, with values", () => {
    const { document } = parseHTML(readFileSync(join(outDir, "updates/index.html"), "utf8"));
    const updates = [...document.querySelectorAll("section.update")];
    expect(updates).toHaveLength(2);
    const newest = updates[0]!;
    expect(newest.querySelector("time")?.getAttribute("datetime")).toBe("2026-05-02T12:00:00Z".replace("Z", "+00:00"));
    expect(newest.querySelector("time")?.textContent).toBe("2 May 2026");
    expect(newest.querySelector(".update-subject")?.textContent).toBe(MESSAGE);
    const changes = [...newest.querySelectorAll(".update-changes li")].map((li) => li.textContent?.trim());
    expect(changes).toContain("political prisoners: 1,140 (5 Mar 2026) → 1,152 (30 Apr 2026), +12");
    expect(changes).toContain("+ 2026-04-30: 1152");
    // The editor's name and e-mail are never published.
    expect(document.body.textContent).not.toMatch(/Test Editor|editor@example\.org/);
    expect(document.querySelector(".data-record")?.textContent).toMatch(
      /^Data last changed on 2 May 2026 · data version [0-9a-f]{12} ·/,
    );
  });

  test("is the newest entry of the Atom feed, with the same summary", () => {
    const feed = readFileSync(join(outDir, "updates.xml"), "utf8");
    const { document } = parseHTML(feed);
    const entries = [...document.querySelectorAll("entry")];
    expect(entries).toHaveLength(2);
    expect(entries[0]!.querySelector("title")?.textContent).toBe(`2026-05-02: ${MESSAGE}`);
    expect(entries[0]!.querySelector("updated")?.textContent).toBe("2026-05-02T12:00:00+00:00");
    const content = entries[0]!.querySelector("content")?.textContent ?? "";
    expect(content).toContain("political prisoners: 1,140 (5 Mar 2026) → 1,152 (30 Apr 2026), +12");
    expect(content).toContain("+ 2026-04-30: 1152");
    expect(feed).not.toMatch(/Test Editor|editor@example\.org/);
  });

  test("changes the data version in the oEmbed files and version.json, and names downloads with it", () => {
    const version = JSON.parse(readFileSync(join(outDir, "data/version.json"), "utf8")) as { data_version: string };
    expect(version.data_version).toMatch(/^[0-9a-f]{12}$/);
    const oembed = JSON.parse(readFileSync(join(outDir, "embed/political-prisoners/oembed.json"), "utf8"));
    expect(oembed).toMatchObject({ data_version: version.data_version, data_last_changed: "2026-05-02" });
    const shared = JSON.parse(readFileSync(join(inject("siteDir"), "data/version.json"), "utf8"));
    expect(shared.data_version).not.toBe(version.data_version);
    const { document } = parseHTML(readFileSync(join(outDir, "index.html"), "utf8"));
    expect(document.querySelector('a[href="/data/political-prisoners.csv"]')?.getAttribute("download")).toBe(
      `political-prisoners-${version.data_version}.csv`,
    );
  });
});
