import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { summariseChange, type DataVersionReader } from "../../../src/lib/data/summariseChange.ts";

const FROZEN = "test/fixtures/frozen";
const frozen: DataVersionReader = (name) => readFileSync(`${FROZEN}/${name}.csv`);
const empty: DataVersionReader = () => new Uint8Array();
/** The frozen data with one file's text edited. */
const edited =
  (file: string, edit: (text: string) => string): DataVersionReader =>
  (name) =>
    name === file ? new TextEncoder().encode(edit(readFileSync(`${FROZEN}/${name}.csv`, "utf8"))) : frozen(name);

describe("summariseChange(before, after)", () => {
  test("says nothing when both versions are the same", () => {
    expect(summariseChange(frozen, frozen)).toMatchObject({ lines: [], unchanged: true });
  });

  test("a new political-prisoner count gives the headline first, then the file's new row", () => {
    const added = "2099-01-31,1,,https://example.org/count,Example,";
    const { lines, unchanged, diffs } = summariseChange(frozen, edited("political-prisoners", (text) => `${text}${added}\r\n`));
    expect(unchanged).toBe(false);
    expect(lines[0]).toMatch(/^political prisoners: .* → 1 \(31 Jan 2099\), −/);
    expect(lines.slice(1)).toEqual(["political prisoners: 1 new count", "  + 2099-01-31: 1"]);
    expect(diffs.filter((diff) => diff.added.length + diff.removed.length + diff.changed.length > 0).map((d) => d.dataset)).toEqual([
      "political-prisoners",
    ]);
  });

  test("a file that did not exist before lists all its rows as new, capped at maxRows with a count of the rest", () => {
    const before: DataVersionReader = (name) => (name === "people" ? empty(name) : frozen(name));
    const total = readFileSync(`${FROZEN}/people.csv`, "utf8").trim().split("\n").length - 1;
    expect(total).toBeGreaterThan(2);
    const { lines } = summariseChange(before, frozen, { maxRows: 2 });
    expect(lines[0]).toBe(`people the site may name: ${total} new people`);
    expect(lines.slice(1, 3).every((line) => line.startsWith("  + "))).toBe(true);
    expect(lines.slice(3)).toEqual([`  … and ${total - 2} more`]);
    expect(summariseChange(before, frozen).lines).toHaveLength(total + 1);
  });

  test("reads both versions as written, even when invalid, so a summary never depends on the day", () => {
    const broken = edited("political-prisoners", (text) => text.replace(/\n(\d{4}-\d{2}-\d{2}),\d+/, "\n$1,not a number"));
    const { lines } = summariseChange(frozen, broken);
    expect(lines.some((line) => line.includes('count: "') && line.includes('→ "not a number"'))).toBe(true);
  });

  test("caps each heading's rows on its own", () => {
    const before: DataVersionReader = (name) => (name === "people" || name === "exile-hubs" ? empty(name) : frozen(name));
    const { lines } = summariseChange(before, frozen, { maxRows: 1 });
    const headings = lines.filter((line) => !line.startsWith("  "));
    expect(headings).toHaveLength(2);
    for (const heading of headings) {
      const at = lines.indexOf(heading);
      expect(lines[at + 1]).toMatch(/^ {2}\+ /);
      expect(lines[at + 2]).toMatch(/^ {2}… and \d+ more$/);
    }
  });
});
