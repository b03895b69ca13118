import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { walk } from "../../../src/lib/files/walk.ts";

const root = mkdtempSync(join(tmpdir(), "walk-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("walk(dir)", () => {
  test("lists every file under a folder, at any depth, and no folders", () => {
    mkdirSync(join(root, "a/b/c"), { recursive: true });
    mkdirSync(join(root, "empty"));
    for (const file of ["top.txt", "a/one.html", "a/b/two.css", "a/b/c/three.svg"])
      writeFileSync(join(root, file), "x");
    const files = walk(root).map((path) => relative(root, path).replaceAll("\\", "/"));
    expect(files.sort()).toEqual(["a/b/c/three.svg", "a/b/two.css", "a/one.html", "top.txt"]);
  });

  test("returns paths joined onto the folder it was given", () => {
    for (const path of walk(root)) expect(path.startsWith(root)).toBe(true);
  });

  test("an empty folder has no files", () => {
    expect(walk(join(root, "empty"))).toEqual([]);
  });

  test("a folder that does not exist throws", () => {
    expect(() => walk(join(root, "missing"))).toThrow();
  });
});
