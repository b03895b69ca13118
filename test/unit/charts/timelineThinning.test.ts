import { describe, expect, test } from "vitest";
import { bounded } from "../../../src/lib/charts/timelineThinning.ts";
import { frozenData } from "../../helpers/frozenData.ts";

describe("bounded(events, at, limit)", () => {
  const many = Array.from({ length: 5000 }, (_, i) => ({
    ...frozenData.timeline[i % frozenData.timeline.length]!,
    title: `Synthetic ${i}`,
  }));
  const at = (event: { title: string }) => Number(event.title.split(" ")[1]) / 10;

  test("keeps every event, with titles, when they fit", () => {
    const result = bounded(frozenData.timeline, at, 100);
    expect(result).toEqual({ events: frozenData.timeline, titled: true });
  });

  test("keeps at most the limit of real events, untitled, when there are far more", () => {
    const result = bounded(many, at, 100);
    expect(result.titled).toBe(false);
    expect(result.events.length).toBeLessThanOrEqual(100);
    expect(result.events.length).toBeGreaterThan(10);
    for (const event of result.events) expect(many).toContain(event);
  });
});
