import { describe, expect, test } from "vitest";
import { chartIds } from "../../../src/lib/charts/registry.ts";
import { embeds } from "../../../src/lib/embeds/embedIds.ts";
import { readChapters } from "../../helpers/chapters.ts";
import { chartContext } from "../../helpers/frozenData.ts";

const copyOf = (chart: string) => chartContext(chart).copy;
const chapters = readChapters("en");

describe("embeds()", () => {
  const all = embeds(chapters, copyOf);

  test("gives every chart of the registry an overview embed, with its defaults and its title", () => {
    for (const id of chartIds) {
      expect(all.find((embed) => embed.id === id)).toMatchObject({ chart: id, state: {}, title: copyOf(id).title });
    }
  });

  test("gives every step of every chapter with a chart an embed named <chapter-slug>-<step-id>", () => {
    const steps = chapters.flatMap((chapter) =>
      chapter.graphic ? chapter.steps.map((step) => ({ chapter, step })) : [],
    );
    expect(steps.length).toBeGreaterThan(0);
    for (const { chapter, step } of steps) {
      const embed = all.find((candidate) => candidate.id === `${chapter.slug}-${step.id}`);
      expect(embed).toMatchObject({
        chart: chapter.graphic,
        state: step.state,
        description: step.caption,
        storyFragment: `#${chapter.slug}-${step.id}`,
      });
    }
    expect(all).toHaveLength(chartIds.length + steps.length);
  });

  test("gives ids that are unique and safe in a URL path", () => {
    expect(new Set(all.map((embed) => embed.id)).size).toBe(all.length);
    for (const embed of all) expect(embed.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test("describes an overview in one sentence of its chart's text alternative", () => {
    const overview = all.find((embed) => embed.id === chartIds[0])!;
    expect(copyOf(chartIds[0]).alt.startsWith(overview.description)).toBe(true);
    expect(overview.description).toMatch(/[.!?]$/);
    expect(overview.description.slice(0, -1)).not.toMatch(/[.!?]\s/);
  });

  test("refuses two views with the same id, which would replace one page with the other", () => {
    const step = (id: string) => ({ id, caption: "A caption.", state: {} });
    const clash = [
      { slug: "a", graphic: chartIds[0], steps: [step("b-c")] },
      { slug: "a-b", graphic: chartIds[0], steps: [step("c")] },
    ];
    expect(() => embeds(clash, copyOf)).toThrow(/share the id "a-b-c"/);
    expect(() => embeds(clash.slice(0, 1), copyOf)).not.toThrow();
  });
});
