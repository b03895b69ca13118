import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { cachedArtefact, cachedArtefactAsync } from "../../../src/lib/build/artefactCache.ts";

describe("cachedArtefact(kind, inputs, produce)", () => {
  const dir = mkdtempSync(join(tmpdir(), "exile-cache-"));
  beforeAll(() => vi.stubEnv("EXILE_CACHE_DIR", dir));
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  test("produces once for the same inputs and again when an input changes", () => {
    const produce = vi.fn(() => "<svg/>");
    expect(cachedArtefact("test", ["a", { rows: [1, 2] }], produce)).toBe("<svg/>");
    expect(cachedArtefact("test", ["a", { rows: [1, 2] }], produce)).toBe("<svg/>");
    expect(produce).toHaveBeenCalledTimes(1);
    cachedArtefact("test", ["a", { rows: [1, 3] }], produce);
    expect(produce).toHaveBeenCalledTimes(2);
  });

  test("gives bytes back as bytes", () => {
    const bytes = new Uint8Array([137, 80, 78, 71]);
    cachedArtefact("test-bytes", ["png"], () => bytes);
    const again = cachedArtefact("test-bytes", ["png"], () => new Uint8Array());
    expect(again).toBeInstanceOf(Uint8Array);
    expect([...again]).toEqual([...bytes]);
  });

  test("finds, in its async form, what the sync form stored, and the sync form what the async one stored", async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    cachedArtefact("test-both", ["sync first"], () => bytes);
    const produce = vi.fn(async () => new Uint8Array([9]));
    await expect(cachedArtefactAsync("test-both", ["sync first"], produce)).resolves.toEqual(bytes);
    expect(produce).not.toHaveBeenCalled();
    await expect(cachedArtefactAsync("test-both", ["async first"], produce)).resolves.toEqual(new Uint8Array([9]));
    expect(produce).toHaveBeenCalledTimes(1);
    expect([...cachedArtefact("test-both", ["async first"], () => new Uint8Array())]).toEqual([9]);
  });
});
