import type { APIRoute } from "astro";
import { loadStoryData } from "../../lib/data/loadStoryData.ts";
import { latestDestinationsCsv } from "../../lib/tables/latestDestinationsCsv.ts";

/**
 * /data/exile-destinations-latest.csv: every row of the story's destination table, which shows at
 * most its limit (src/components/ExileNotes.astro); built from the validated data.
 */
export const GET: APIRoute = async () =>
  new Response(latestDestinationsCsv((await loadStoryData()).exileDestinations), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
