import type { APIRoute } from "astro";
import { chartById } from "../../../../lib/charts/registry.ts";
import { drawnCsv } from "../../../../lib/data/drawnCsv.ts";
import type { EmbedView } from "../../../../lib/embeds/editionEmbeds.ts";
import { embedPaths } from "../../../../lib/edition/loadEdition.ts";

/** /embed/<id>/, /be/embed/<id>/, /ru/embed/<id>/:data.csv: exactly the rows the embed draws, each with its source. */
export const getStaticPaths = embedPaths;

export const GET: APIRoute = ({ props }) => {
  const { embed } = props as { embed: EmbedView };
  const chart = chartById(embed.chart);
  return new Response(drawnCsv(chart.drawn(embed.data, chart.state.parse(embed.state ?? {}))), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
