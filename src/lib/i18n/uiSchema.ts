import { z } from "astro/zod";

/**
 * Interface strings per edition: src/content/ui/<locale>.yaml. Declared here rather than in
 * content.config.ts so that chart definitions can type the words they take from it.
 */
/**
 * How the change summary words one data file's new, removed and changed rows: each an ICU-style
 * plural template whose `{n, plural, …}` form is picked by the count (format.ts, fillPlural).
 */
const changeWords = z.object({ added: z.string(), removed: z.string(), changed: z.string() });
const fileChangeWords = changeWords.extend({ label: z.string() });

/**
 * The words of the summary of what changed in the data (src/lib/data/describeDiff.ts), for the
 * /updates/ page and its feed. `files` is keyed by the data files' names in datasets.ts, which
 * describeDiff checks against this type, so a new data file without its words is a type error.
 */
export const changeSummarySchema = z.object({
  files: z.object({
    "political-prisoners": fileChangeWords,
    releases: fileChangeWords,
    prosecutions: fileChangeWords,
    timeline: fileChangeWords,
    "exile-destinations": fileChangeWords,
    "emigration-estimates": fileChangeWords,
    "exile-hubs": fileChangeWords,
    people: fileChangeWords,
  }),
  other: changeWords,
  sources: z.string(),
  valueOn: z.string(),
  more: z.string(),
});

export type ChangeSummaryWords = z.output<typeof changeSummarySchema>;

export const uiSchema = z.object({
  siteName: z.string(),
  skipLink: z.string(),
  /** The name of the list of links to the other editions, e.g. "Language". */
  languages: z.string(),
  source: z.string(),
  sourceLine: z.string(),
  latestSource: z.string(),
  atLeast: z.string(),
  dataTable: z.string(),
  columns: z.object({ date: z.string(), count: z.string(), women: z.string(), source: z.string() }),
  dataProblemsTitle: z.string(),
  dataProblemsIntro: z.string(),
  footer: z.string(),
  figureLabel: z.string(),
  stepProgress: z.string(),
  releasedTitle: z.string(),
  womenLabel: z.string(),
  downloadsTitle: z.string(),
  downloadsIntro: z.string(),
  datasets: z.record(z.string(), z.string()),
  licence: z.string(),
  dataTableElsewhere: z.string(),
  // The public record of the data: the /updates/ page, its Atom feed and the line on every page
  // that says which version of the data it shows.
  updates: z.object({
    title: z.string(),
    intro: z.string(),
    feed: z.string(),
    feedTitle: z.string(),
    unavailable: z.string(),
    empty: z.string(),
    shown: z.string(),
    commit: z.string(),
    changes: z.string(),
    record: z.string(),
    recordNoHistory: z.string(),
    link: z.string(),
    backToStory: z.string(),
    summary: changeSummarySchema,
  }),
  offline: z.object({
    title: z.string(),
    intro: z.string(),
    link: z.string(),
    warning: z.string(),
    checkTitle: z.string(),
    check: z.string(),
    fingerprint: z.string(),
  }),
  embed: z.object({
    button: z.string(),
    snippetLabel: z.string(),
    copy: z.string(),
    copied: z.string(),
    copyFailed: z.string(),
    openPage: z.string(),
    getData: z.string(),
    downloadSvg: z.string(),
    downloadPng: z.string(),
    story: z.string(),
  }),
});

export type Ui = z.output<typeof uiSchema>;
