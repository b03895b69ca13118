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

type Job = { steps: { run?: string; uses?: string }[]; needs?: string; if?: string };
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
});
