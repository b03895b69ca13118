import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { headersFile } from "../../src/integrations/securityHeaders.ts";
import { siteAddressFromEnv, writeOfflineEditions } from "./offlineEdition.ts";
import { MANIFEST, SIGNATURE, signManifest, writeManifest } from "./manifest.ts";

/**
 * What `npm run build` adds to Astro's output, in the staging folder, before that folder replaces
 * dist/ (scripts/build.ts): a failure here leaves the last good dist/ in place, as a failed Astro
 * build does.
 *
 * 1. `offline/<locale>.html`: each edition's story as one file (scripts/lib/offlineEdition.ts).
 * 2. `_headers` is written again, so that the files added here get their security headers too.
 * 3. `SHA256SUMS` lists every file, and is written last, so it lists the folder as published.
 * 4. When `EXILE_SIGNING_KEY` names an OpenSSH Ed25519 private key, `SHA256SUMS.sig` signs it.
 *
 * Returns what it wrote, for the build's log.
 */
export function finishBuild(dir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const log: string[] = [];
  const address = siteAddressFromEnv(env);
  for (const { file, bytes } of writeOfflineEditions(dir, address))
    log.push(`Wrote ${file} (${Math.round(bytes / 1024)} KB)`);
  writeFileSync(join(dir, "_headers"), headersFile(dir, address.base));
  writeManifest(dir);
  log.push(`Wrote ${MANIFEST}`);
  const key = env.EXILE_SIGNING_KEY;
  if (key) {
    signManifest(dir, key);
    log.push(`Signed it: ${SIGNATURE}`);
  } else {
    log.push(`Did not sign it: EXILE_SIGNING_KEY is not set, so there is no ${SIGNATURE}`);
  }
  return log;
}
