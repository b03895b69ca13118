import { describe, expect, test } from "vitest";
import { ABROAD_THEMES, abroadRows } from "../../../src/lib/charts/repressionAbroad.ts";
import { readStoryData } from "../../../src/lib/data/storyData.ts";
import { eventKey } from "../../../src/lib/timeline/events.ts";

describe("the repression-abroad chart's themes", () => {
  test("name only events and series that exist in the real data", () => {
    const data = readStoryData("data");
    const keys = new Set(data.timeline.map(eventKey));
    const metrics = new Set(data.prosecutions.map((row) => row.metric));
    for (const theme of ABROAD_THEMES) {
      for (const key of theme.events) expect(keys, `${theme.id}: ${key}`).toContain(key);
      for (const metric of theme.metrics) expect(metrics, `${theme.id}: ${metric}`).toContain(metric);
    }
    expect(abroadRows(data).every((theme) => theme.events.length > 0)).toBe(true);
  });
});
