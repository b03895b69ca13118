import type { APIRoute } from "astro";
import { getEntry } from "astro:content";
import { loadStoryData } from "../../lib/data/loadStoryData.ts";
import { dataRecord } from "../../lib/data/dataRecord.ts";
import { editionPath, localeParam, locales, type Locale } from "../../lib/i18n/locales.ts";
import { absoluteUrl } from "../../lib/i18n/siteAddress.ts";
import { updatesFeed } from "../../lib/updates/updatesFeed.ts";

/** /updates.xml (and /<locale>/updates.xml per edition): the Atom feed of changes to the data. */
export function getStaticPaths() {
  return locales.map((locale) => ({
    params: { locale: localeParam(locale) },
    props: { locale },
  }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as { locale: Locale };
  const ui = (await getEntry("ui", locale))?.data;
  if (!ui) throw new Error(`Missing content: src/content/ui/${locale}.yaml`);
  // absoluteUrl keeps a path in the site's address and gives the base path once.
  const url = (path: string) => absoluteUrl(path, site, import.meta.env.BASE_URL);
  // Without history the feed has no entries; its date is then the latest count's, a date the data itself gives.
  const latestCount =
    (await loadStoryData()).politicalPrisoners
      .map((row) => row.date)
      .sort()
      .at(-1) ?? "2020-01-01";
  const xml = updatesFeed({
    history: dataRecord().history,
    title: ui.updates.feedTitle,
    unavailable: ui.updates.unavailable,
    pageUrl: url(editionPath(locale, "updates/")),
    feedUrl: url(editionPath(locale, "updates.xml")),
    lang: locale,
    siteName: ui.siteName,
    fallbackUpdated: `${latestCount}T00:00:00Z`,
    language: { locale, words: ui.updates.summary },
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
