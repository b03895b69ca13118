import { getCollection } from "astro:content";
import { readChartContexts } from "../charts/chartContexts.ts";
import { cachedChartSvgs } from "../build/cachedChartSvgs.ts";
import type { ChartId } from "../charts/chartStates.ts";
import { loadStoryData } from "../data/loadStoryData.ts";
import { svgSize } from "../charts/svgSize.ts";
import { localePrefix, locales, type Locale } from "../i18n/locales.ts";
import { chapterSlug } from "./chapterSchema.ts";
import {
  chapterFragmentName,
  figureFileName,
  figureLabel,
  figuresFolder,
  FIGURE_THEMES,
  FIGURE_WIDTHS,
  type FigureWidth,
} from "./figureFiles.ts";
import type { FileTheme } from "../build/inlineChartStyles.ts";

/** One step's figure: its chart's build-time SVGs and what the page and its files need of them. */
export interface StepFigure {
  /** The step's id on the page, `<chapter>-<step>`, which also names its files. */
  id: string;
  chapter: string;
  chart: ChartId;
  svgs: Record<FigureWidth, string>;
  sizes: Record<FigureWidth, { width: number; height: number }>;
  /** The chart's accessible name, the alternative text of its image. */
  label: string;
  /** The URL of each width's file in each theme. */
  urls: Record<FigureWidth, Record<FileTheme, string>>;
}

async function readStepFigures(locale: Locale): Promise<StepFigure[]> {
  const { contexts } = await readChartContexts(locale);
  const data = await loadStoryData();
  const folder = figuresFolder(localePrefix(locale));
  const chapters = (await getCollection("chapters", (entry) => entry.id.startsWith(`${locale}/`))).sort(
    (a, b) => a.data.number - b.data.number,
  );
  return chapters.flatMap((chapter) => {
    const graphic = chapter.data.graphic;
    if (!graphic) return [];
    const slug = chapterSlug(chapter.id);
    return chapter.data.steps.map((step) => {
      const id = `${slug}-${step.id}`;
      const svgs = cachedChartSvgs(graphic, data, step.state, contexts.get(graphic)!);
      const urlsAt = (width: FigureWidth) =>
        Object.fromEntries(
          FIGURE_THEMES.map((theme) => [theme, `${folder}${figureFileName(id, width, theme)}`]),
        ) as Record<FileTheme, string>;
      return {
        id,
        chapter: slug,
        chart: graphic,
        svgs,
        // Each rendering's intrinsic size, so that its image's box is reserved and never shifts.
        sizes: { narrow: svgSize(svgs.narrow), wide: svgSize(svgs.wide) },
        label: figureLabel(svgs.wide),
        urls: { narrow: urlsAt("narrow"), wide: urlsAt("wide") },
      };
    });
  });
}

const loaded = new Map<Locale, Promise<StepFigure[]>>();

/**
 * Every step figure of an edition, read once per build however many routes ask (the story page
 * and each figure file); in dev, on every request, so that a saved edit shows.
 */
export function loadStepFigures(locale: Locale): Promise<StepFigure[]> {
  if (import.meta.env.DEV) return readStepFigures(locale);
  if (!loaded.has(locale)) loaded.set(locale, readStepFigures(locale));
  return loaded.get(locale)!;
}

/** The URL of a chapter's fragment of inline SVGs (see chapterFragment). */
export const chapterFragmentUrl = (locale: Locale, chapter: string): string =>
  `${figuresFolder(localePrefix(locale))}${chapterFragmentName(chapter)}`;

/** One file under /figures/: a step's image in one width and theme, or a chapter's fragment. */
export type FigureRoute =
  | { kind: "image"; figure: StepFigure; width: FigureWidth; theme: FileTheme }
  | { kind: "fragment"; figures: StepFigure[] };

/** getStaticPaths for src/pages/[...locale]/figures/[file].ts: every figure file of every edition. */
export async function figureFilePaths() {
  const paths: { params: { locale: string | undefined; file: string }; props: FigureRoute }[] = [];
  for (const locale of locales) {
    const figures = await loadStepFigures(locale);
    const params = (file: string) => ({ locale: localePrefix(locale).slice(1, -1) || undefined, file });
    for (const figure of figures)
      for (const width of FIGURE_WIDTHS)
        for (const theme of FIGURE_THEMES)
          paths.push({
            params: params(figureFileName(figure.id, width, theme)),
            props: { kind: "image", figure, width, theme },
          });
    for (const chapter of new Set(figures.map((figure) => figure.chapter)))
      paths.push({
        params: params(chapterFragmentName(chapter)),
        props: { kind: "fragment", figures: figures.filter((figure) => figure.chapter === chapter) },
      });
  }
  return paths;
}
