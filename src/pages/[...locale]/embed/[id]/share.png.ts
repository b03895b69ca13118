import type { APIRoute } from "astro";
import type { EmbedView } from "../../../../lib/embeds/editionEmbeds.ts";
import { embedImagePaths } from "../../../../lib/edition/loadEdition.ts";
import { renderPng } from "../../../../lib/build/renderPng.ts";
import { SHARE_SIZE, shareSvg } from "../../../../lib/embeds/standaloneSvg.ts";

/** /embed/<id>/, /be/embed/<id>/, /ru/embed/<id>/:share.png: the 1200 × 630 social card image, drawn from the chart itself. */
export const getStaticPaths = embedImagePaths;

export const GET: APIRoute = async ({ props }) => {
  const { embed } = props as { embed: EmbedView };
  const svg = shareSvg({ chart: embed.svgs.wide, title: embed.title, source: embed.source });
  return new Response(await renderPng(svg, SHARE_SIZE.width * 2), { headers: { "Content-Type": "image/png" } });
};
