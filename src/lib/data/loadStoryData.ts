import { getCollection } from "astro:content";
import type { StoryData } from "./storyData.ts";

/**
 * Every data collection's rows, for pages: the build-time counterpart of readStoryData. Astro's
 * content layer has already validated each file (csvLoader), so this only gathers the rows.
 */
export async function loadStoryData(): Promise<StoryData> {
  const rows = async <C extends keyof StoryData>(name: C) =>
    (await getCollection(name)).map((entry) => entry.data) as StoryData[C];
  return {
    politicalPrisoners: await rows("politicalPrisoners"),
    releases: await rows("releases"),
    prosecutions: await rows("prosecutions"),
    timeline: await rows("timeline"),
    exileDestinations: await rows("exileDestinations"),
    emigrationEstimates: await rows("emigrationEstimates"),
    exileHubs: await rows("exileHubs"),
    people: await rows("people"),
  };
}
