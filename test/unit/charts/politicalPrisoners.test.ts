import { describe, expect, test } from "vitest";
import { politicalPrisoners, prisonersStateSchema } from "../../../src/lib/charts/politicalPrisoners.ts";
import { frozenChartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const context = frozenChartContext("political-prisoners");
const drawn = (state: object) => politicalPrisoners.drawn(frozenData, prisonersStateSchema.parse(state));
const latest = frozenData.politicalPrisoners
  .map((row) => row.date)
  .sort()
  .at(-1)!;

describe("the political-prisoner chart's definition", () => {
  test("offers the counts in a step's period, and releases and women only when the step draws them", () => {
    const plain = drawn({ from: "2021-01-01", to: "2021-12-31" });
    expect(plain.length).toBeGreaterThan(0);
    expect(new Set(plain.map((row) => row.series))).toEqual(new Set(["political_prisoners_held"]));
    expect(plain.every((row) => String(row.date) >= "2021-01-01" && String(row.date) <= "2021-12-31")).toBe(true);
    const all = drawn({ releases: true, women: true });
    expect(new Set(all.map((row) => row.series))).toEqual(
      new Set(["political_prisoners_held", "released", "women_held"]),
    );
    expect(all.map((row) => row.date)).toEqual(all.map((row) => row.date).sort());
  });

  test("dates its source line by the latest count, whatever period a step shows", () => {
    const early = politicalPrisoners.source(frozenData, prisonersStateSchema.parse({ to: "2020-12-31" }), context);
    expect(early).toContain(context.format.date(latest));
    expect(early).toContain(context.copy.sourceOrganisation);
    expect(politicalPrisoners.source({ ...frozenData, politicalPrisoners: [] }, {}, context)).toBe("");
  });
});
