import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { dataVersion } from "../../../src/lib/data/dataVersion.ts";
import { datasets } from "../../../src/lib/data/datasets.ts";

const FROZEN = "test/fixtures/frozen";
const copies: string[] = [];
const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), "data-version-"));
  copies.push(dir);
  cpSync(FROZEN, dir, { recursive: true });
  return dir;
};
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("dataVersion(dir)", () => {
  test("is 12 hex digits, and the same for the same files wherever they are", () => {
    const { version } = dataVersion(FROZEN);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(dataVersion(copy()).version).toBe(version);
  });

  test("lists every data file, in the order of datasets, with the SHA-256 of its bytes", () => {
    const { files } = dataVersion(FROZEN);
    expect(files.map((f) => f.file)).toEqual(datasets.map((d) => `${d.name}.csv`));
    const people = files.find((f) => f.file === "people.csv")!;
    expect(people.sha256).toBe(createHash("sha256").update(readFileSync(join(FROZEN, "people.csv"))).digest("hex"));
  });

  test("changes when any byte of any file changes, and only that file's hash changes", () => {
    const dir = copy();
    const before = dataVersion(dir);
    writeFileSync(join(dir, "releases.csv"), "changed\n");
    const after = dataVersion(dir);
    expect(after.version).not.toBe(before.version);
    const changed = after.files.filter((f, i) => f.sha256 !== before.files[i]!.sha256).map((f) => f.file);
    expect(changed).toEqual(["releases.csv"]);
  });

  test("counts a missing file as empty", () => {
    const dir = copy();
    const before = dataVersion(dir).version;
    unlinkSync(join(dir, "people.csv"));
    const missing = dataVersion(dir);
    expect(missing.version).not.toBe(before);
    expect(missing.files.find((f) => f.file === "people.csv")!.sha256).toBe(createHash("sha256").digest("hex"));
  });

  test("ignores files that are not data files", () => {
    const dir = copy();
    const before = dataVersion(dir).version;
    writeFileSync(join(dir, "notes.txt"), "not data");
    expect(dataVersion(dir).version).toBe(before);
  });
});
