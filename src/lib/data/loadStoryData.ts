import { getCollection } from "astro:content";
import { collectionNames, type StoryData } from "./storyData.ts";

/**
 * Every data collection's rows, for pages: the build-time counterpart of readStoryData. Astro's
 * content layer has already validated each file (csvLoader), so this only gathers the rows.
 */
export async function loadStoryData(): Promise<StoryData> {
  const entries = await Promise.all(
    collectionNames.map(async (name) => [name, (await getCollection(name)).map((entry) => entry.data)] as const),
  );
  return Object.fromEntries(entries) as unknown as StoryData;
}
