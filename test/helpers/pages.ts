import { relative } from "node:path";
import { walk } from "../../scripts/lib/thirdParty.ts";
import { pagePath } from "../../src/integrations/securityHeaders.ts";
import { defaultLocale, editionOf, pathInEdition } from "../../src/lib/i18n/locales.ts";
import { englishEmbeds } from "./embeds.ts";

/** Every page a built site has, as the path a reader visits: "/", "/events/", "/embed/<id>/"… */
export function builtPages(siteDir: string): string[] {
  return walk(siteDir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => pagePath(relative(siteDir, file)))
    .sort();
}

/** Whether a page is an offline edition, /offline/<locale>.html (scripts/lib/offlineEdition.ts). */
export const isOfflineEdition = (path: string): boolean => path.startsWith("/offline/");

/**
 * The chart whose embed page stands for the embed template in the Belarusian and Russian
 * editions: the map, whose country and city names and legend run longest in Cyrillic.
 */
const EDITION_EMBED = "exile-map";

/**
 * One page of each template in each edition, for the checks that look at a page's markup and
 * styles as a whole (axe, colour schemes, landmarks). In English: every page that is not an
 * embed, and of the embed pages, which share one template and differ only in the chart they draw
 * and its state, the overview of each chart. In the other editions, which share English's
 * templates and differ in words and formats: each page that is not an embed, and one embed page.
 * Three editions therefore add a few pages, not three times the suite. A page or chart another
 * engineer adds is included without listing it here.
 * The offline editions (/offline/<locale>.html) are left out: each is its story page's markup with
 * every figure inline, which is what these checks see of the story once they have scrolled through
 * it, and test/site/offlineEdition.test.ts checks what is their own.
 */
export function pageTemplates(siteDir: string): string[] {
  const overviews = new Set(
    englishEmbeds()
      .filter((embed) => embed.id === embed.chart)
      .map((embed) => embed.id),
  );
  return builtPages(siteDir).filter((path) => {
    if (isOfflineEdition(path)) return false;
    const embed = /^\/embed\/([^/]+)\/$/.exec(pathInEdition(path))?.[1];
    if (embed === undefined) return true;
    return editionOf(path) === defaultLocale ? overviews.has(embed) : embed === EDITION_EMBED;
  });
}
