import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import type { ChartContext } from "../../src/lib/charts/chartDefinition.ts";
import { chartCopySchema } from "../../src/lib/charts/chartCopySchema.ts";
import { embeds } from "../../src/lib/embeds/embedIds.ts";
import { formatters } from "../../src/lib/i18n/format.ts";
import type { Locale } from "../../src/lib/i18n/locales.ts";
import { uiSchema } from "../../src/lib/i18n/uiSchema.ts";
import { chapterSchema, chapterSlug } from "../../src/lib/story/chapterSchema.ts";
import { readFrontMatter } from "./chapters.ts";

/**
 * A frozen copy of the words and story steps of every edition (src/content, November 2026), beside the
 * frozen data: chart snapshots and the tests that read a chart's text render from these, so an
 * editor's wording change or a new step in src/content never fails CI. The real content is
 * still checked, by the chapter and embed tests and by the build.
 */
const COPY = "test/fixtures/frozen/copy";

/** The words and formats a chart draws with, from the frozen copy, parsed as the build would. */
export function frozenChartContext(id: string, locale: Locale = "en"): ChartContext {
  return {
    locale,
    ui: uiSchema.parse(yaml.load(readFileSync(join(COPY, "ui", `${locale}.yaml`), "utf8"))),
    copy: chartCopySchema.parse(readFrontMatter(join(COPY, "charts", locale, `${id}.md`))),
    format: formatters(locale),
  };
}

/** The frozen chapters' front matter, checked with the content schema, in reading order. */
export function frozenChapters(locale = "en") {
  const dir = join(COPY, "chapters", locale);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => ({ slug: chapterSlug(name), ...chapterSchema.parse(readFrontMatter(join(dir, name))) }))
    .sort((a, b) => a.number - b.number);
}

/** Every embed of the frozen English chapters, with the frozen chart copy. */
export const frozenEmbeds = () => embeds(frozenChapters("en"), (chart) => frozenChartContext(chart).copy);
