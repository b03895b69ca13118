import type { APIRoute } from "astro";
import { dataRecord } from "../../lib/data/dataRecord.ts";
import { dataVersion } from "../../lib/data/dataVersion.ts";
import { sitePath } from "../../lib/i18n/locales.ts";

/**
 * /data/version.json: which data this build shows. The version (also in every page's footer, the
 * oEmbed files and the names of saved downloads), the date of the last change when the copy has
 * its history, and each published CSV's SHA-256, so a downloaded file can be checked against it.
 * It sits beside the CSVs rather than inside them, so that they stay exactly the files the site
 * is built from and open in any spreadsheet. Its paths carry the base path (sitePath), so that a
 * copy served under a folder, such as a mirror's /atlas/, names files that are there.
 */
export const GET: APIRoute = () => {
  const record = dataRecord();
  return Response.json({
    data_version: record.version,
    data_last_changed: record.lastChanged ?? null,
    history: record.history.available ? sitePath("updates/") : "not available in this copy",
    files: dataVersion().files.map(({ file, sha256 }) => ({ url: sitePath(`data/${file}`), sha256 })),
  });
};
