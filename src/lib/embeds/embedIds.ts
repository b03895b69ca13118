import { chartIds } from "../charts/registry.ts";

/** A chapter as embeds need it: its slug, the chart it draws and its steps. */
export interface EmbedChapter {
  slug: string;
  graphic?: string | undefined;
  steps: readonly { id: string; caption: string; state: unknown }[];
}

/** The words of a chart that an embed shows: from src/content/charts/<locale>/<chart id>.md. */
export interface EmbedChartCopy {
  title: string;
  alt: string;
}

/** One embeddable chart view: a chart's overview, or the state of one story step. */
export interface Embed {
  /** The route segment of /embed/<id>/: a chart id, or `<chapter-slug>-<step-id>` for a step. */
  id: string;
  /** The registry id of the chart drawn. */
  chart: string;
  /** The declarative state drawn; `{}` (the chart's defaults) for an overview. */
  state: unknown;
  title: string;
  /** One line under the title: the step's caption, or the first sentence of the chart's text alternative. */
  description: string;
  /** The text alternative of the chart as drawn. */
  alt: string;
  /** Where the view sits in the story, as a fragment of the story page: "#political-prisoners-peak". */
  storyFragment: string;
}

/** The first sentence of a text, for a one-line description. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();

/**
 * Every embeddable view, in one place for the embed pages, the previewer and the tests: each
 * chart of the registry (its overview), then each step of each chapter that draws a chart, in
 * reading order. Ids are unique; a clash (a chart id equal to a step's id) throws, because one
 * of the two pages would silently replace the other.
 *
 * @example
 * embeds([{slug: "crackdown", graphic: "political-prisoners", steps}], (id) => copies[id])
 * // → [{id: "political-prisoners", …}, {id: "crackdown-election-night", …}, …]
 */
export function embeds(chapters: readonly EmbedChapter[], copyOf: (chart: string) => EmbedChartCopy): Embed[] {
  const overviews = chartIds.map((chart): Embed => {
    const copy = copyOf(chart);
    const chapter = chapters.find((candidate) => candidate.graphic === chart);
    return {
      id: chart,
      chart,
      state: {},
      title: copy.title,
      description: firstSentence(copy.alt),
      alt: copy.alt,
      storyFragment: chapter ? `#${chapter.slug}` : "",
    };
  });
  const steps = chapters.flatMap(({ slug, graphic, steps }) =>
    graphic === undefined
      ? []
      : steps.map((step): Embed => {
          const id = `${slug}-${step.id}`;
          // A step's caption says what its view shows; the chart's own alt describes the overview.
          return {
            id,
            chart: graphic,
            state: step.state,
            title: copyOf(graphic).title,
            description: step.caption,
            alt: step.caption,
            storyFragment: `#${id}`,
          };
        }),
  );
  const all = [...overviews, ...steps];
  const seen = new Set<string>();
  for (const { id } of all) {
    if (seen.has(id)) throw new Error(`Two embeds share the id "${id}": rename a chart or a step.`);
    seen.add(id);
  }
  return all;
}
