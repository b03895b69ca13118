import type { Dataset } from "./dataset.ts";
import { emigrationEstimates } from "./schemas/emigration-estimates.ts";
import { exileDestinations } from "./schemas/exile-destinations.ts";
import { exileHubs } from "./schemas/exile-hubs.ts";
import { people } from "./schemas/people.ts";
import { politicalPrisoners } from "./schemas/political-prisoners.ts";
import { prosecutions } from "./schemas/prosecutions.ts";
import { releases } from "./schemas/releases.ts";
import { timeline } from "./schemas/timeline.ts";

/**
 * Every file in `data/`, in the order `check:data` reports them: the one list of datasets. The
 * story's data (StoryData), its content collections (content.config.ts), the pages that publish
 * the files and the change summary all derive theirs from it, so a new file is one line here.
 */
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

export { emigrationEstimates, exileDestinations, exileHubs, people, politicalPrisoners, prosecutions, releases, timeline };

/** One of the datasets above. */
export type AnyDataset = (typeof datasets)[number];

/** A data file's basename, e.g. "political-prisoners". */
export type DatasetName = AnyDataset["name"];
