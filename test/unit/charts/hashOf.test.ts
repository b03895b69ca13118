import { describe, expect, test } from "vitest";
import { hashOf } from "../../../src/lib/charts/hashOf.ts";

/** FNV-1a, written out independently of the module, to check against. */
function fnv1a(text: string): number {
  let hash = 2166136261;
  for (const byte of text.split("").map((c) => c.charCodeAt(0))) {
    hash = (hash ^ byte) >>> 0;
    hash = Number((BigInt(hash) * 16777619n) % 2n ** 32n);
  }
  return hash;
}

describe("hashOf(text)", () => {
  test("is stable: the same text always gives the same id", () => {
    expect(hashOf("exile-map-360")).toBe(hashOf("exile-map-360"));
  });

  test("is the 32-bit FNV-1a hash, written in base 36", () => {
    for (const text of ["", "a", "foobar", "exile-map|POL|asylum"]) {
      expect(parseInt(hashOf(text), 36)).toBe(fnv1a(text));
    }
  });

  test("the empty string hashes to the FNV offset basis", () => {
    expect(hashOf("")).toBe((0x811c9dc5).toString(36));
  });

  test("texts that differ by one character give different ids, fit for an XML id", () => {
    const ids = ["a", "b", "ab", "ba", "timeline-360", "timeline-720"].map(hashOf);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{1,7}$/);
  });
});
