import { relative } from "node:path";
import { walk } from "../../scripts/lib/thirdParty.ts";
import { pagePath } from "../../src/integrations/securityHeaders.ts";
import { englishEmbeds } from "./embeds.ts";

/** Every page a built site has, as the path a reader visits: "/", "/events/", "/embed/<id>/"… */
export function builtPages(siteDir: string): string[] {
  return walk(siteDir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => pagePath(relative(siteDir, file)))
    .sort();
}

/**
 * One page of each template, for the checks that look at a page's markup and styles as a whole
 * (axe, colour schemes, landmarks): every page that is not an embed, and of the embed pages, which
 * share one template and differ only in the chart they draw and its state, the overview of each
 * chart. A page another engineer adds is included without listing it here; so is a new chart.
 */
export function pageTemplates(siteDir: string): string[] {
  const overviews = new Set(
    englishEmbeds()
      .filter((embed) => embed.id === embed.chart)
      .map((embed) => embed.id),
  );
  return builtPages(siteDir).filter((path) => {
    const embed = /^\/embed\/([^/]+)\/$/.exec(path)?.[1];
    return embed === undefined || overviews.has(embed);
  });
}
