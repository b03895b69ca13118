import type { Dataset } from "./dataset.ts";
import { emigrationEstimates } from "./schemas/emigration-estimates.ts";
import { exileDestinations } from "./schemas/exile-destinations.ts";
import { exileHubs } from "./schemas/exile-hubs.ts";
import { people } from "./schemas/people.ts";
import { politicalPrisoners } from "./schemas/political-prisoners.ts";
import { prosecutions } from "./schemas/prosecutions.ts";
import { releases } from "./schemas/releases.ts";
import { timeline } from "./schemas/timeline.ts";

/** Every file in `data/`, in the order `check:data` reports them. */
export const datasets = [
  politicalPrisoners,
  releases,
  prosecutions,
  timeline,
  exileDestinations,
  emigrationEstimates,
  exileHubs,
  people,
] as const satisfies readonly Dataset[];

export {
  emigrationEstimates,
  exileDestinations,
  exileHubs,
  people,
  politicalPrisoners,
  prosecutions,
  releases,
  timeline,
};
