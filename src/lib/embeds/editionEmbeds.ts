import type { ChartContext } from "../charts/chartDefinition.ts";
import { cachedChartSvgs } from "../build/cachedChartSvgs.ts";
import { chartSource } from "../charts/registry.ts";
import type { StoryData } from "../data/storyData.ts";
import { fill } from "../i18n/format.ts";
import type { Ui } from "../i18n/uiSchema.ts";
import { embeds, type Embed, type EmbedChapter } from "./embedIds.ts";
import { svgSize } from "../charts/svgSize.ts";
import { embedDefaultHeight, embedSnippet } from "./snippet.ts";

/** One embed with everything its page and files are made from, read once per build. */
export interface EmbedView extends Embed {
  data: StoryData;
  context: ChartContext;
  ui: Ui;
  /** The embed page's path in its edition, e.g. "/be/embed/political-prisoners/". */
  path: string;
  /** The story page's path in the same edition, which the embed links back to. */
  storyPath: string;
  /** The plain-text source line with its as-of date. */
  source: string;
  svgs: { narrow: string; wide: string };
  /** The embed's default height at a common article width, for the snippet and oEmbed. */
  height: number;
  snippet: string;
  /** The story's title, for the link back to it. */
  storyTitle: string;
}

/**
 * Every embed of an edition, from the registry and the edition's chapters (see embeds()), drawn
 * with the edition's data and words. The edition layer (src/lib/edition) calls this once per
 * build and edition; its paths come from the edition's url(), so each edition's snippet points
 * at that edition's embed.
 */
export function editionEmbeds(edition: {
  chapters: readonly EmbedChapter[];
  contexts: ReadonlyMap<string, ChartContext>;
  data: StoryData;
  ui: Ui;
  storyTitle: string;
  site: string | URL;
  url: (path: string) => string;
}): EmbedView[] {
  const { chapters, contexts, data, ui, storyTitle, site, url } = edition;
  return embeds(chapters, (chart) => contexts.get(chart)!.copy).map((embed) => {
    const context = contexts.get(embed.chart)!;
    const svgs = cachedChartSvgs(embed.chart, data, embed.state, context);
    const source = chartSource(embed.chart, data, embed.state, context);
    // The links the embed page prints under its chart (src/pages/[...locale]/embed/[id].astro).
    const links = [
      ui.embed.getData,
      ui.embed.downloadSvg,
      ui.embed.downloadPng,
      fill(ui.embed.story, { title: storyTitle }),
    ];
    const height = embedDefaultHeight(svgSize(svgs.wide), { ...embed, source, links });
    const path = url(`embed/${embed.id}/`);
    return {
      ...embed,
      data,
      context,
      ui,
      path,
      storyPath: url(""),
      source,
      svgs,
      height,
      snippet: embedSnippet({ site, path, title: embed.title, height }),
      storyTitle,
    };
  });
}
