import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, test } from "vitest";

const WORKFLOW = ".github/workflows/site.yml";
const validator = join(
  dirname(createRequire(import.meta.url).resolve("@action-validator/cli/package.json")),
  "cli.mjs",
);
const validate = (file: string) => spawnSync(process.execPath, [validator, file], { encoding: "utf8" });

type Step = { run?: string; uses?: string; if?: string; with?: Record<string, unknown> };
type Job = { steps: Step[]; needs?: string; if?: string; permissions?: Record<string, string> };
const jobs = (yaml.load(readFileSync(WORKFLOW, "utf8")) as { jobs: Record<string, Job> }).jobs;
const runs = (job: Job) => job.steps.map((step) => step.run ?? "").join("\n");

describe("the publish workflow (.github/workflows/site.yml)", () => {
  test("is a valid GitHub Actions workflow, and the validator does reject a broken one", () => {
    const result = validate(WORKFLOW);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(validate("test/fixtures/broken-workflow.yml").status).toBe(1);
  });

  test("tests with exactly what CI runs, and builds with the README's build command", () => {
    expect(runs(jobs.test!)).toContain("bash .ci/run");
    expect(runs(jobs.build!)).toMatch(/npm ci[^\n]*\n\s*npm run build/);
  });

  test("keeps the chart snapshots that changed when the tests fail, for review", () => {
    const upload = (jobs.test!.steps as { uses?: string; if?: string; with?: { path?: string } }[]).find((step) =>
      step.uses?.startsWith("actions/upload-artifact"),
    );
    expect(upload?.if).toBe("failure()");
    expect(upload?.with?.path).toBe("test/output/*-changed.svg");
  });

  test("deploys only after the tests pass, and only from main", () => {
    expect(jobs.build!.needs).toBe("test");
    expect(jobs.build!.if).toContain("refs/heads/main");
    expect(jobs.deploy!.needs).toBe("build");
  });

  test("posts the pull request's data:diff summary as a comment, with only the permission that needs", () => {
    const steps = jobs.test!.steps;
    const diff = steps.findIndex(
      (step) => step.run?.includes("npm run data:diff") && step.run.includes("--markdown data-changes.md"),
    );
    const comment = steps.findIndex((step) => step.uses?.startsWith("actions/github-script@"));
    expect(diff).toBeGreaterThan(-1);
    expect(comment).toBeGreaterThan(diff);
    expect(String(steps[comment]!.with?.script)).toContain("data-changes.md");
    expect(String(steps[comment]!.with?.script)).toMatch(/createComment|updateComment/);
    expect(steps[comment]!.if).toContain("pull_request");
    expect(jobs.test!.permissions).toEqual({ contents: "read", "pull-requests": "write" });
  });

  test("builds from the whole git history, so /updates/ and the feed are not empty", () => {
    const checkout = jobs.build!.steps.find((step) => step.uses?.startsWith("actions/checkout@"));
    expect(checkout?.with?.["fetch-depth"]).toBe(0);
  });
});

describe("the build job's address, base path and signing", () => {
  type Step = { id?: string; uses?: string; run?: string; env?: Record<string, string>; if?: string };
  const steps = jobs.build!.steps as Step[];
  const build = steps.find((step) => step.run?.includes("npm run build"))!;
  const at = (step: Step) => steps.indexOf(step);

  test("takes the public address and base path from actions/configure-pages, before it builds", () => {
    const pages = steps.find((step) => step.uses?.startsWith("actions/configure-pages@"));
    expect(pages?.id).toBe("pages");
    expect(at(pages!)).toBeLessThan(at(build));
    expect(build.env?.EXILE_SITE).toBe("${{ steps.pages.outputs.base_url }}");
    expect(build.env?.EXILE_BASE).toBe("${{ steps.pages.outputs.base_path }}");
  });

  test("signs when the repository has the key as a secret, and says in the job summary when it does not", () => {
    const key = steps.find((step) => step.env?.SIGNING_KEY === "${{ secrets.EXILE_SIGNING_KEY }}");
    expect(key, "a step that reads the EXILE_SIGNING_KEY secret").toBeTruthy();
    expect(at(key!)).toBeLessThan(at(build));
    expect(key!.run).toContain("EXILE_SIGNING_KEY=$RUNNER_TEMP/");
    expect(key!.run).toContain('>> "$GITHUB_ENV"');
    expect(key!.run).toMatch(/else[\s\S]*Not signed[\s\S]*>> "\$GITHUB_STEP_SUMMARY"/);
    // The secret never reaches a command line or the log, and its file does not outlive the build.
    expect(key!.run).not.toContain("secrets.");
    const cleanup = steps.find((step) => step.run?.includes('rm -f "$RUNNER_TEMP/exile-signing-key"'));
    expect(cleanup?.if).toBe("always()");
    expect(at(cleanup!)).toBeGreaterThan(at(build));
  });
});
