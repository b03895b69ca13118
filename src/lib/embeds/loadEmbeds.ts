import { getCollection, getEntry } from "astro:content";
import type { ChartContext } from "../charts/chartDefinition.ts";
import { need, readChartContexts } from "../charts/chartContexts.ts";
import { cachedChartSvgs } from "../build/cachedChartSvgs.ts";
import { chartSource } from "../charts/registry.ts";
import { loadStoryData } from "../data/loadStoryData.ts";
import type { StoryData } from "../data/storyData.ts";
import { defaultLocale, type Locale } from "../i18n/locales.ts";
import type { Ui } from "../i18n/uiSchema.ts";
import { chapterSlug } from "../story/chapterSchema.ts";
import { embeds, type Embed } from "./embedIds.ts";
import { svgSize } from "../charts/svgSize.ts";
import { embedDefaultHeight, embedSnippet } from "./snippet.ts";

/** One embed with everything its page and files are made from, read once per build. */
export interface EmbedView extends Embed {
  data: StoryData;
  context: ChartContext;
  ui: Ui;
  /** The plain-text source line with its as-of date. */
  source: string;
  svgs: { narrow: string; wide: string };
  /** The embed's default height at a common article width, for the snippet and oEmbed. */
  height: number;
  snippet: string;
  /** The story's title, for the link back to it. */
  storyTitle: string;
}

/** Every embed of an edition, from the registry and the chapters' steps (see embeds()). */
async function readEmbeds(locale: Locale): Promise<EmbedView[]> {
  const { ui, contexts } = await readChartContexts(locale);
  const intro = need(await getEntry("story", `${locale}/intro`), `src/content/story/${locale}/intro.md`);
  const chapters = (await getCollection("chapters", (entry) => entry.id.startsWith(`${locale}/`)))
    .sort((a, b) => a.data.number - b.data.number)
    .map((entry) => ({ slug: chapterSlug(entry.id), graphic: entry.data.graphic, steps: entry.data.steps }));
  const data = await loadStoryData();
  const site = import.meta.env.SITE;
  return embeds(chapters, (chart) => contexts.get(chart)!.copy).map((embed) => {
    const context = contexts.get(embed.chart)!;
    const svgs = cachedChartSvgs(embed.chart, data, embed.state, context);
    const source = chartSource(embed.chart, data, embed.state, context);
    const height = embedDefaultHeight(svgSize(svgs.wide), { ...embed, source });
    return {
      ...embed,
      data,
      context,
      ui,
      source,
      svgs,
      height,
      snippet: embedSnippet({ site, base: import.meta.env.BASE_URL, id: embed.id, title: embed.title, height }),
      storyTitle: intro.data.title,
    };
  });
}

const loaded = new Map<Locale, Promise<EmbedView[]>>();

/**
 * Every embed of an edition, read once per build however many routes ask (the page, its CSV,
 * SVG, PNGs and oEmbed file); in dev, on every request. Embeds are published for the default edition.
 */
export function loadEmbeds(locale: Locale = defaultLocale): Promise<EmbedView[]> {
  // The dev server must show each saved edit of the data, so it reads afresh on every request.
  if (import.meta.env.DEV) return readEmbeds(locale);
  if (!loaded.has(locale)) loaded.set(locale, readEmbeds(locale));
  return loaded.get(locale)!;
}

/** getStaticPaths for every route under /embed/<id>/: one path per embed, with the embed as prop. */
export async function embedPaths() {
  return (await loadEmbeds()).map((embed) => ({ params: { id: embed.id }, props: { embed } }));
}
