import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { cachedChartSvgs } from "../../../src/lib/build/cachedChartSvgs.ts";
import { renderChartSvgs } from "../../../src/lib/charts/registry.ts";
import { frozenChartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

describe("cachedChartSvgs(id, data, state, context)", () => {
  const dir = mkdtempSync(join(tmpdir(), "exile-chart-cache-"));
  const context = frozenChartContext("political-prisoners");
  const entries = () => readdirSync(join(dir, "artefacts", "chart-svg"));
  beforeAll(() => vi.stubEnv("EXILE_CACHE_DIR", dir));
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  test("gives exactly what the pure builder draws, and keeps it on disk for the next build", () => {
    const state = { to: "2021-12-31" };
    const fresh = renderChartSvgs("political-prisoners", frozenData, state, context);
    expect(cachedChartSvgs("political-prisoners", frozenData, state, context)).toEqual(fresh);
    expect(entries()).toHaveLength(2);
    expect(cachedChartSvgs("political-prisoners", frozenData, state, context)).toEqual(fresh);
    expect(entries()).toHaveLength(2);
  });

  test("keys on the files the chart draws from, so a change elsewhere keeps its SVGs", () => {
    const before = entries().length;
    const timelineEdited = { ...frozenData, timeline: frozenData.timeline.slice(1) };
    cachedChartSvgs("political-prisoners", timelineEdited, { to: "2021-12-31" }, context);
    expect(entries()).toHaveLength(before);
    const countsEdited = { ...frozenData, politicalPrisoners: frozenData.politicalPrisoners.slice(1) };
    cachedChartSvgs("political-prisoners", countsEdited, { to: "2021-12-31" }, context);
    expect(entries()).toHaveLength(before + 2);
  });
});
