import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { datasets } from "../../lib/data/datasets.ts";
import { dataDir } from "../../lib/data/validateDataDir.ts";

/** Publishes each data file as it is, with its sources, at /data/<name>.csv. */
export const getStaticPaths = (() => datasets.map((dataset) => ({ params: { name: dataset.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dataDir(), `${params.name}.csv`)), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
