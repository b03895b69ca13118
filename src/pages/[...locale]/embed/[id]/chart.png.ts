import type { APIRoute } from "astro";
import type { EmbedView } from "../../../../lib/embeds/editionEmbeds.ts";
import { embedImagePaths } from "../../../../lib/edition/loadEdition.ts";
import { renderPng } from "../../../../lib/build/renderPng.ts";
import { standaloneSvg } from "../../../../lib/embeds/standaloneSvg.ts";

/** /embed/<id>/, /be/embed/<id>/, /ru/embed/<id>/:chart.png: the downloadable SVG drawn at twice its size, for print and slides. */
export const getStaticPaths = embedImagePaths;

export const GET: APIRoute = async ({ props }) => {
  const { embed } = props as { embed: EmbedView };
  const svg = standaloneSvg({ chart: embed.svgs.wide, title: embed.title, source: embed.source });
  const width = Number(/width="(\d+)"/.exec(svg)![1]) * 2;
  return new Response(await renderPng(svg, width), { headers: { "Content-Type": "image/png" } });
};
