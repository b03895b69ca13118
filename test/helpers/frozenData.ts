import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import type { ChartContext } from "../../src/lib/charts/chartDefinition.ts";
import { chartCopySchema } from "../../src/lib/charts/chartCopySchema.ts";
import { readStoryData } from "../../src/lib/data/storyData.ts";
import { formatters } from "../../src/lib/i18n/format.ts";
import type { Locale } from "../../src/lib/i18n/locales.ts";
import { uiSchema } from "../../src/lib/i18n/uiSchema.ts";
import { readFrontMatter } from "./chapters.ts";

/** The frozen copy of every data file (test/fixtures/frozen), validated as the build would. */
export const frozenData = readStoryData("test/fixtures/frozen", { today: "2026-11-22" });

/**
 * The words and formats a chart draws with in an edition, read from the real content files with
 * the same schemas as the content collections.
 */
export function chartContext(id: string, locale: Locale = "en"): ChartContext {
  return {
    locale,
    ui: uiSchema.parse(yaml.load(readFileSync(`src/content/ui/${locale}.yaml`, "utf8"))),
    copy: chartCopySchema.parse(readFrontMatter(`src/content/charts/${locale}/${id}.md`)),
    format: formatters(locale),
  };
}
