import { getEntry } from "astro:content";
import { formatters } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Ui } from "../i18n/uiSchema.ts";
import type { ChartContext } from "./chartDefinition.ts";
import { chartIds } from "./registry.ts";

/** A content entry that must exist; its absence is a build error naming the file. */
export const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`Missing content: ${what}`);
  return value;
};

/**
 * An edition's words (src/content/ui) and every chart's drawing context in it: the chart's copy,
 * the edition's words and its number and date formats. The embeds and the story's figure files
 * draw with these, so both render a step exactly as the other does.
 */
export async function readChartContexts(locale: Locale): Promise<{ ui: Ui; contexts: Map<string, ChartContext> }> {
  const ui = need(await getEntry("ui", locale), `src/content/ui/${locale}.yaml`).data;
  const format = { ...formatters(locale), source: ui.source };
  const contexts = new Map<string, ChartContext>();
  for (const id of chartIds) {
    const copy = need(await getEntry("charts", `${locale}/${id}`), `src/content/charts/${locale}/${id}.md`).data;
    contexts.set(id, { locale, ui, copy, format });
  }
  return { ui, contexts };
}
