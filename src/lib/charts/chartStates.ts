import { exileMapStateSchema } from "./exileMapState.ts";
import { prisonersStateSchema } from "./politicalPrisonersState.ts";
import { abroadStateSchema } from "./repressionAbroadState.ts";
import { timelineStateSchema } from "./timelineState.ts";

/**
 * The state schema of every chart, by id: the part of the chart registry (registry.ts) that the
 * content schema needs. It imports only zod and the data schemas, so that validating a chapter's
 * front matter, the first step of the build, never loads a renderer, Plot, the map geometry or the
 * disk cache. registry.ts takes each chart's `state` from here, and a unit test checks that the
 * two registries hold the same ids.
 */
export const chartStates = {
  "political-prisoners": prisonersStateSchema,
  "exile-map": exileMapStateSchema,
  timeline: timelineStateSchema,
  "repression-abroad": abroadStateSchema,
} as const;

export type ChartId = keyof typeof chartStates;
export const chartIds = Object.keys(chartStates) as [ChartId, ...ChartId[]];
