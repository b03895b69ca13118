import type { APIRoute } from "astro";
import { dataRecord } from "../../../../lib/data/dataRecord.ts";
import { absoluteUrl } from "../../../../lib/i18n/siteAddress.ts";
import type { EmbedView } from "../../../../lib/embeds/editionEmbeds.ts";
import { embedPaths } from "../../../../lib/edition/loadEdition.ts";
import { EMBED_DEFAULT_WIDTH } from "../../../../lib/embeds/snippet.ts";
import { SHARE_SIZE } from "../../../../lib/embeds/standaloneSvg.ts";

/**
 * /embed/<id>/oembed.json (and under /be/, /ru/): a static oEmbed response (https://oembed.com, type "rich") for CMSs
 * that embed by URL. Its html is the same snippet the story offers; its thumbnail is the share image.
 * `data_version` and `data_last_changed` (extra fields, which oEmbed allows) say which data the
 * chart shows, so an article can cite exactly that.
 */
export const getStaticPaths = embedPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { embed } = props as { embed: EmbedView };
  // The site address may carry a path (a GitHub Pages project site), which absoluteUrl keeps.
  const url = (path: string) => absoluteUrl(path, site, import.meta.env.BASE_URL);
  const record = dataRecord();
  return Response.json({
    version: "1.0",
    type: "rich",
    title: embed.title,
    provider_name: embed.ui.siteName,
    provider_url: url(embed.storyPath),
    html: embed.snippet,
    width: EMBED_DEFAULT_WIDTH,
    height: embed.height,
    thumbnail_url: url(`${embed.path}share.png`),
    thumbnail_width: SHARE_SIZE.width * 2,
    thumbnail_height: SHARE_SIZE.height * 2,
    data_version: record.version,
    data_last_changed: record.lastChanged ?? null,
  });
};
