import type { APIRoute } from "astro";
import type { EmbedView } from "../../../../lib/embeds/editionEmbeds.ts";
import { embedPaths } from "../../../../lib/edition/loadEdition.ts";
import { EMBED_DEFAULT_WIDTH } from "../../../../lib/embeds/snippet.ts";
import { SHARE_SIZE } from "../../../../lib/embeds/standaloneSvg.ts";

/**
 * /embed/<id>/oembed.json (and under /be/, /ru/): a static oEmbed response (https://oembed.com, type "rich") for CMSs
 * that embed by URL. Its html is the same snippet the story offers; its thumbnail is the share image.
 */
export const getStaticPaths = embedPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { embed } = props as { embed: EmbedView };
  const url = (path: string) => new URL(path, site).href;
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
  });
};
