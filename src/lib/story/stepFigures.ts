import { cachedChartSvgs } from "../build/cachedChartSvgs.ts";
import type { ChartContext } from "../charts/chartDefinition.ts";
import type { ChartId } from "../charts/chartStates.ts";
import type { StoryData } from "../data/storyData.ts";
import { svgSize } from "../charts/svgSize.ts";
import {
  chapterFragmentName,
  figureFileName,
  figureLabel,
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

/** A chapter as its step figures need it: its slug, the chart it draws and each step's state. */
export interface FigureChapter {
  slug: string;
  graphic?: ChartId | undefined;
  steps: readonly { id: string; state: unknown }[];
}

/**
 * Every step's figure of one edition, drawn with the edition's data and chart contexts; `folder`
 * is the edition's /figures/ path (its url("figures/")). The edition layer (src/lib/edition) calls
 * this once per build and edition, for the story page and each figure file.
 */
export function stepFigures(
  chapters: readonly FigureChapter[],
  contexts: ReadonlyMap<string, ChartContext>,
  data: StoryData,
  folder: string,
): StepFigure[] {
  return chapters.flatMap(({ slug, graphic, steps }) => {
    if (!graphic) return [];
    return steps.map((step) => {
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

/** One file under /figures/: a step's image in one width and theme, or a chapter's fragment. */
export type FigureRoute =
  | { kind: "image"; figure: StepFigure; width: FigureWidth; theme: FileTheme }
  | { kind: "fragment"; figures: StepFigure[] };

/** Every figure file of one edition, by file name: each step at each width and theme, and each chapter's fragment. */
export function figureFiles(figures: readonly StepFigure[]): { file: string; route: FigureRoute }[] {
  const files: { file: string; route: FigureRoute }[] = [];
  for (const figure of figures)
    for (const width of FIGURE_WIDTHS)
      for (const theme of FIGURE_THEMES)
        files.push({ file: figureFileName(figure.id, width, theme), route: { kind: "image", figure, width, theme } });
  for (const chapter of new Set(figures.map((figure) => figure.chapter)))
    files.push({
      file: chapterFragmentName(chapter),
      route: { kind: "fragment", figures: figures.filter((figure) => figure.chapter === chapter) },
    });
  return files;
}
