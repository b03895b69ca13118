import { z } from "astro/zod";

/**
 * Interface strings per edition: src/content/ui/<locale>.yaml. Declared here rather than in
 * content.config.ts so that chart definitions can type the words they take from it.
 */
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
