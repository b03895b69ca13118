import type { APIRoute } from "astro";
import type { EmbedView } from "../../../../lib/embeds/editionEmbeds.ts";
import { embedPaths } from "../../../../lib/edition/loadEdition.ts";
import { standaloneSvg } from "../../../../lib/embeds/standaloneSvg.ts";

/** /embed/<id>/, /be/embed/<id>/, /ru/embed/<id>/:chart.svg: the chart as a self-contained file, with its title and source inside. */
export const getStaticPaths = embedPaths;

export const GET: APIRoute = ({ props }) => {
  const { embed } = props as { embed: EmbedView };
  return new Response(standaloneSvg({ chart: embed.svgs.wide, title: embed.title, source: embed.source }), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
};
