import { describe, expect, test } from "vitest";
import { chartIds, chartStates } from "../../../src/lib/charts/chartStates.ts";
import { chartClient, chartClients } from "../../../src/lib/charts/clients.ts";
import { charts } from "../../../src/lib/charts/registry.ts";

describe("the parts of the chart registry", () => {
  test("hold the same charts, in the same order", () => {
    expect(Object.keys(charts)).toEqual(chartIds);
    expect(Object.keys(chartClients)).toEqual(chartIds);
  });

  test.each(chartIds)("%s validates steps with the very schema its renderer parses", (id) => {
    expect(charts[id].state).toBe(chartStates[id]);
  });

  test("look up browser code only for a chart that exists", () => {
    expect(chartClient("timeline")).toBe(chartClients.timeline);
    expect(chartClient("toString")).toBeUndefined();
    expect(chartClient(undefined)).toBeUndefined();
  });
});
