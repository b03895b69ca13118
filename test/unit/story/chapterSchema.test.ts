import { describe, expect, test } from "vitest";
import { chapterSchema } from "../../../src/lib/story/chapterSchema.ts";
import { readChapters } from "../../helpers/chapters.ts";

describe("the story's chapter files", () => {
  const chapters = readChapters("en");

  test("are chapters 1 to 6, in order, with unique step ids", () => {
    expect(chapters.map((chapter) => chapter.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const ids = chapters.flatMap((chapter) => chapter.steps.map((step) => `${chapter.slug}-${step.id}`));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("type no figure in step text: every number comes from a {{slot}} (years aside)", () => {
    for (const step of chapters.flatMap((chapter) => chapter.steps)) {
      const outsideSlots = step.text.replace(/\{\{[^}]*\}\}/g, "").replace(/\b20\d\d\b/g, "");
      expect(outsideSlots, step.id).not.toMatch(/\d/);
    }
  });
});

describe("chapterSchema", () => {
  test("refuses an unknown key in a step's state, so a typo fails the build", () => {
    const result = chapterSchema.safeParse({
      number: 2,
      title: "T",
      graphic: "political-prisoners",
      steps: [{ id: "a", text: "x", caption: "c", state: { hihglight: ["peak"] } }],
    });
    expect(result.success).toBe(false);
  });

  test("refuses steps without a graphic to drive", () => {
    expect(
      chapterSchema.safeParse({ number: 1, title: "T", steps: [{ id: "a", text: "x", caption: "c" }] }).success,
    ).toBe(false);
  });
});
