import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { datasets } from "../../../src/lib/data/datasets.ts";
import { collectionName, collectionNames, readStoryData } from "../../../src/lib/data/storyData.ts";

const FROZEN = "test/fixtures/frozen";
const TODAY = { today: "2026-11-22" };
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("collectionName(basename) and collectionNames", () => {
  test("turns a data file's hyphenated name into camel case", () => {
    expect(collectionName("political-prisoners")).toBe("politicalPrisoners");
    expect(collectionName("emigration-estimates")).toBe("emigrationEstimates");
    expect(collectionName("releases")).toBe("releases");
  });

  test("names every dataset, in the order of datasets.ts", () => {
    expect(collectionNames).toHaveLength(datasets.length);
    expect(collectionNames[0]).toBe("politicalPrisoners");
    expect(collectionNames).toContain("exileHubs");
  });
});

describe("readStoryData(dir)", () => {
  test("reads every data file into its collection, as validated values", () => {
    const data = readStoryData(FROZEN, TODAY);
    expect(Object.keys(data).sort()).toEqual([...collectionNames].sort());
    for (const name of collectionNames) expect(data[name].length, name).toBeGreaterThan(0);
    expect(typeof data.politicalPrisoners[0]!.count).toBe("number");
  });

  test("throws with every problem, one per line, when a file is invalid", () => {
    const dir = mkdtempSync(join(tmpdir(), "story-data-"));
    copies.push(dir);
    cpSync(FROZEN, dir, { recursive: true });
    writeFileSync(join(dir, "releases.csv"), "date,released,event,event_be,event_ru,source_url,source_name,note\nsoon,many,x,x,x,y,z,\n");
    let message = "";
    try {
      readStoryData(dir, TODAY);
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/releases\.csv:2:\w+ {2}/);
  });
});
