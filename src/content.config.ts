import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { chartCopySchema } from "./lib/charts/chartCopySchema.ts";
import { csvLoader } from "./lib/data/csvLoader.ts";
import { uiSchema } from "./lib/i18n/uiSchema.ts";
import { chapterSchema } from "./lib/story/chapterSchema.ts";
import { datasets, type AnyDataset } from "./lib/data/datasets.ts";
import { collectionName, type CamelCase } from "./lib/data/storyData.ts";

/** One collection per CSV in data/, validated by the shared core and typed by its schema. */
const csv = <D extends AnyDataset>(dataset: D) =>
  defineCollection({ loader: csvLoader(dataset), schema: dataset.schema as D["schema"] });

/** The collection of each file in datasets.ts, under its collection name (see storyData.ts). */
type CsvCollections = { [D in AnyDataset as CamelCase<D["name"]>]: ReturnType<typeof csv<D>> };
const csvCollections = Object.fromEntries(
  datasets.map((dataset) => [collectionName(dataset.name), csv(dataset)]),
) as unknown as CsvCollections;

/** Story copy per edition: src/content/story/<locale>/<chapter>.md. */
const story = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "src/content/story" }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
  }),
});

/** The story's chapters per edition, in the order of their `number`: src/content/chapters/<locale>/. */
const chapters = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "src/content/chapters" }),
  schema: chapterSchema,
});

/** Chart copy per edition: src/content/charts/<locale>/<chart id>.md (see chartCopySchema). */
const charts = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "src/content/charts" }),
  schema: chartCopySchema,
});

/**
 * Pages of their own beside the story, per edition: src/content/pages/<locale>/<slug>.md, each at
 * /<slug>/ in its edition (the route is src/pages/[...locale]/<slug>.astro). `link` is the text of
 * the links to the page from the rest of the site, such as the one in every page's footer.
 */
const pages = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "src/content/pages" }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    link: z.string(),
  }),
});

/** Interface strings per edition: src/content/ui/<locale>.yaml. */
const ui = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "src/content/ui" }),
  schema: uiSchema,
});

export const collections = {
  ...csvCollections,
  story,
  chapters,
  charts,
  pages,
  ui,
};
