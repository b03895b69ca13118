import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { editingExamples, explainedMessages } from "../helpers/editingGuide.ts";

const sources = ["src/lib/data", "src/lib/data/schemas", "src/lib/data/safety"]
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".ts"))
      .map((name) => join(dir, name)),
  )
  .map((path) => readFileSync(path, "utf8"))
  .join("\n");

describe("EDITING.md", () => {
  test("has an example for a prisoner count, a release, a person, a timeline event and a destination figure", () => {
    expect(editingExamples().map((example) => example.file)).toEqual([
      "data/political-prisoners.csv",
      "data/releases.csv",
      "data/people.csv",
      "data/timeline.csv",
      "data/exile-destinations.csv",
    ]);
  });

  test("explains only messages the validator really gives, and every kind it gives", () => {
    const explained = explainedMessages();
    for (const message of explained) expect(sources, message).toContain(message);
    const given = [...sources.matchAll(/invalid\("([^"(]+?)[("]/g)].map((match) => match[1]!.trim());
    for (const message of new Set(given))
      expect(
        explained.some((e) => message.startsWith(e)),
        message,
      ).toBe(true);
  });
});
