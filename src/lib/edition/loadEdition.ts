import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import type { ChartContext } from "../charts/chartDefinition.ts";
import { chartIds, chartSource, type ChartId } from "../charts/registry.ts";
import { storyFigures, type Figure } from "../data/figures.ts";
import { fillFigures, stepHtml } from "../data/fillFigures.ts";
import { loadStoryData } from "../data/loadStoryData.ts";
import type { StoryData } from "../data/storyData.ts";
import { dataInEdition } from "../data/translations.ts";
import { editionEmbeds, type EmbedView } from "../embeds/editionEmbeds.ts";
import { collapseDoubleStops, formatters } from "../i18n/format.ts";
import { editionPath, localeParam, locales, type Locale } from "../i18n/locales.ts";
import type { Ui } from "../i18n/uiSchema.ts";
import { chapterSlug, type Chapter } from "../story/chapterSchema.ts";
import { figureFiles, stepFigures, type FigureRoute, type StepFigure } from "../story/stepFigures.ts";

/** A content entry that must exist; its absence is a build error naming the file. */
const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`Missing content: ${what}`);
  return value;
};

/** One scroll step as the story page prints it, with its figure, source line and embed code. */
export interface EditionStep {
  /** `<chapter>-<step>`: the step's id on the page, its figure files' and its embed's name. */
  id: string;
  html: string;
  caption: string;
  /** Its figure's number in reading order across the story. */
  figureNumber: number;
  state: Record<string, unknown>;
  source: string;
  figure: StepFigure | undefined;
  embedSnippet: string | undefined;
  embedPath: string | undefined;
}

/** One chapter of an edition, in reading order, with its copy filled in. */
export interface EditionChapter {
  slug: string;
  /** The chapter's content file, for messages. */
  file: string;
  data: Chapter;
  /** The opening text, with every figure slot filled from the data. */
  html: string;
  /** The copy entry of the chart the chapter draws, if it draws one; its body is the chart's notes. */
  chartEntry: CollectionEntry<"charts"> | undefined;
  steps: EditionStep[];
}

/**
 * Everything an edition's routes are made from, computed once per build (loadEdition): its
 * words, its chapters, its data with the words in its language, its figures, embeds and paths.
 */
export interface Edition {
  locale: Locale;
  ui: Ui;
  intro: { title: string; description: string; html: string };
  chapters: EditionChapter[];
  /** Each chart's drawing context in this edition: its copy, the UI words and the formats. */
  contexts: ReadonlyMap<ChartId, ChartContext>;
  /** The story's data with every prose cell and country name in this edition's language. */
  data: StoryData;
  figures: Record<string, Figure>;
  format: ReturnType<typeof formatters> & { source: string };
  stepFigures: StepFigure[];
  embeds: EmbedView[];
  /** A path in this edition, with the base path and the edition's prefix: url("events/") → "/be/events/". */
  url: (path: string) => string;
}

async function readEdition(locale: Locale): Promise<Edition> {
  const ui = need(await getEntry("ui", locale), `src/content/ui/${locale}.yaml`).data;
  const introEntry = need(await getEntry("story", `${locale}/intro`), `src/content/story/${locale}/intro.md`);
  const format = { ...formatters(locale), source: ui.source };
  const contexts = new Map<ChartId, ChartContext>();
  const chartEntries = new Map<ChartId, CollectionEntry<"charts">>();
  for (const id of chartIds) {
    const entry = need(await getEntry("charts", `${locale}/${id}`), `src/content/charts/${locale}/${id}.md`);
    chartEntries.set(id, entry);
    contexts.set(id, { locale, ui, copy: entry.data, format });
  }
  const data = dataInEdition(await loadStoryData(), locale);
  const figures = storyFigures({
    prisoners: data.politicalPrisoners,
    releases: data.releases,
    prosecutions: data.prosecutions,
    timeline: data.timeline,
    destinations: data.exileDestinations,
    estimates: data.emigrationEstimates,
  });
  const url = (path: string) => editionPath(locale, path);
  const fill = (html: string, file: string) => collapseDoubleStops(fillFigures(html, figures, format, file));

  const entries = (await getCollection("chapters", (entry) => entry.id.startsWith(`${locale}/`))).sort(
    (a, b) => a.data.number - b.data.number,
  );
  const outline = entries.map((entry) => ({
    slug: chapterSlug(entry.id),
    graphic: entry.data.graphic,
    steps: entry.data.steps,
  }));
  const figuresOfSteps = stepFigures(outline, contexts, data, url("figures/"));
  const byStep = new Map(figuresOfSteps.map((figure) => [figure.id, figure]));
  const embeds = editionEmbeds({
    chapters: outline,
    contexts,
    data,
    ui,
    storyTitle: introEntry.data.title,
    site: import.meta.env.SITE ?? "https://exile-atlas.example",
    url,
  });
  const embedOf = new Map(embeds.map((embed) => [embed.id, embed]));

  let figureNumber = 0;
  const chapters = entries.map((entry): EditionChapter => {
    const file = `src/content/chapters/${entry.id}.md`;
    const slug = chapterSlug(entry.id);
    const graphic = entry.data.graphic;
    const context = graphic && contexts.get(graphic);
    return {
      slug,
      file,
      data: entry.data,
      html: fill(entry.rendered?.html ?? "", file),
      chartEntry: graphic ? chartEntries.get(graphic) : undefined,
      steps: entry.data.steps.map((step) => ({
        id: `${slug}-${step.id}`,
        html: collapseDoubleStops(stepHtml(step.text, figures, format, file)),
        caption: step.caption,
        // Figures are numbered in reading order, after the chapters are sorted.
        figureNumber: ++figureNumber,
        state: step.state,
        source: graphic && context ? chartSource(graphic, data, step.state, context) : "",
        figure: byStep.get(`${slug}-${step.id}`),
        embedSnippet: embedOf.get(`${slug}-${step.id}`)?.snippet,
        embedPath: embedOf.get(`${slug}-${step.id}`)?.path,
      })),
    };
  });

  return {
    locale,
    ui,
    intro: {
      title: introEntry.data.title,
      description: introEntry.data.description,
      html: fill(need(introEntry.rendered?.html, "rendered intro"), `src/content/story/${locale}/intro.md`),
    },
    chapters,
    contexts,
    data,
    figures,
    format,
    stepFigures: figuresOfSteps,
    embeds,
    url,
  };
}

const loaded = new Map<Locale, Promise<Edition>>();

/**
 * An edition, read once per build however many routes ask (the story, the events page, each
 * figure file and each embed file); in dev, on every request, so that a saved edit shows.
 */
export function loadEdition(locale: Locale): Promise<Edition> {
  if (import.meta.env.DEV) return readEdition(locale);
  if (!loaded.has(locale)) loaded.set(locale, readEdition(locale));
  return loaded.get(locale)!;
}

/** getStaticPaths for a page of every edition: `[...locale]` is empty for English, "be" or "ru". */
export async function editionPaths() {
  return Promise.all(
    locales.map(async (locale) => ({
      params: { locale: localeParam(locale) },
      props: { edition: await loadEdition(locale) },
    })),
  );
}

/** getStaticPaths for every route under /[locale]/embed/<id>/: one path per edition and embed. */
export async function embedPaths() {
  const paths = [];
  for (const locale of locales)
    for (const embed of (await loadEdition(locale)).embeds)
      paths.push({ params: { locale: localeParam(locale), id: embed.id }, props: { embed } });
  return paths;
}

/**
 * getStaticPaths for an embed's PNG images (chart.png, share.png): every embed's, unless the
 * build was asked to leave the images out with `EXILE_SKIP_IMAGES=1`. Drawing them is most of a
 * cold build's work, and a build made only to read its pages (a preview of a data change, or a
 * test of what the pages say) has no use for them; scripts/build.ts warns that such a build is
 * not one to publish.
 */
export async function embedImagePaths() {
  return process.env.EXILE_SKIP_IMAGES === "1" ? [] : embedPaths();
}

/** getStaticPaths for /[locale]/figures/[file]: every figure file of every edition. */
export async function figureFilePaths() {
  const paths: { params: { locale: string | undefined; file: string }; props: FigureRoute }[] = [];
  for (const locale of locales)
    for (const { file, route } of figureFiles((await loadEdition(locale)).stepFigures))
      paths.push({ params: { locale: localeParam(locale), file }, props: route });
  return paths;
}
