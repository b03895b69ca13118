import type { CollectionEntry } from "astro:content";
import type { StoryData } from "../lib/data/storyData.ts";
import type { Locale } from "../lib/i18n/locales.ts";
import type { Ui } from "../lib/i18n/uiSchema.ts";

/**
 * What the story page gives every chart's notes component (chartNotes.ts): one set of props for
 * all of them, so that the page draws any chart's notes the same way and each component takes
 * from the data and the steps what its own tables need.
 */
export interface ChartNotesProps {
  /** The chapter's slug, the prefix of the ids the notes give their tables. */
  id: string;
  locale: Locale;
  /** A path in this edition (the edition's url()), e.g. url("events/") → "/be/events/". */
  url: (path: string) => string;
  /** The chart's copy entry in this edition, whose body is the notes. */
  copy: CollectionEntry<"charts">;
  ui: Ui;
  data: StoryData;
  /** The chart's state in each step of the chapter, which says what the chart draws. */
  states: readonly unknown[];
  /**
   * The chapter whose notes hold the chart's data table when several chapters draw the chart;
   * the others link to it rather than send the same rows twice.
   */
  tableIn?: { slug: string; title: string } | undefined;
}
