import { describe, expect, test } from "vitest";
import { contextSeries, PROSECUTION_METRICS, timeline, timelineStateSchema } from "../../../src/lib/charts/timeline.ts";
import { frozenChartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const context = frozenChartContext("timeline");
const state = (input: object) => timelineStateSchema.parse(input);

describe("the timeline chart's definition", () => {
  test("draws the context panels a step asks for, all of them by default, worded by the chart copy", () => {
    expect(contextSeries(frozenData, state({}), context.copy).map((series) => series.axis)).toEqual([
      context.copy.labels.prisonersAxis,
      context.copy.labels.prosecutionsAxis,
    ]);
    const prosecutions = contextSeries(frozenData, state({ context: ["prosecutions"] }), context.copy);
    expect(prosecutions).toHaveLength(1);
    expect(prosecutions[0]!.lines).toHaveLength(2);
    expect(contextSeries(frozenData, state({ context: [] }), context.copy)).toEqual([]);
  });

  test("offers exactly the events and counts a step shows, in date order, each with its source", () => {
    const rows = timeline.drawn(frozenData, state({ from: "2021-01-01", to: "2021-12-31", context: ["prisoners"] }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => String(row.date) >= "2021-01-01" && String(row.date) <= "2021-12-31")).toBe(true);
    expect(rows.map((row) => row.date)).toEqual(rows.map((row) => row.date).sort());
    expect(new Set(rows.map((row) => String(row.series).split(":")[0]))).toEqual(
      new Set(["event", "political_prisoners_held"]),
    );
    expect(rows.every((row) => row.source_name && row.source_url)).toBe(true);
  });

  test("dates its source line by the newest count it draws, and names only events without counts", () => {
    const drawnCounts = frozenData.prosecutions.filter((row) =>
      (PROSECUTION_METRICS as readonly string[]).includes(row.metric),
    );
    const newest = [...frozenData.politicalPrisoners, ...drawnCounts]
      .map((row) => row.date)
      .filter((date) => date <= "2021-12-31")
      .sort()
      .at(-1)!;
    const withCounts = timeline.source(frozenData, state({ to: "2021-12-31" }), context);
    expect(withCounts).toContain(context.format.date(newest));
    const eventsOnly = timeline.source(frozenData, state({ context: [] }), context);
    expect(eventsOnly).toBe(`${context.ui.source} ${context.copy.labels.sourceEvents}`);
  });
});
