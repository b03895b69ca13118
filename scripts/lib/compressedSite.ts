import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import sirv from "sirv";
import { headersFor, parseHeadersFile } from "./headersFile.ts";
import { walk } from "./thirdParty.ts";

/** Text files a real host compresses; fonts and images are compressed already. */
const COMPRESSIBLE = /\.(html?|css|m?js|json|svg|csv|txt|xml|webmanifest)$/i;

/**
 * Serves a copy of a built site on 127.0.0.1 the way a real static host would: every text file
 * gzip-compressed (level 9, from a `.gz` sibling sirv picks up), with the headers of the build's
 * `_headers` file. Without compression a local server sends raw bytes, and every transfer size
 * and Lighthouse network estimate would be inflated; without the headers, Lighthouse would not see
 * the policies readers get.
 */
export async function serveCompressed(
  siteDir: string,
  workDir: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = join(workDir, "compressed");
  cpSync(siteDir, root, { recursive: true });
  for (const file of walk(root).filter((path) => COMPRESSIBLE.test(path))) {
    const bytes = readFileSync(file);
    const gzipped = gzipSync(bytes, { level: 9 });
    if (gzipped.length < bytes.length) writeFileSync(`${file}.gz`, gzipped);
  }
  const rules = existsSync(join(root, "_headers"))
    ? parseHeadersFile(readFileSync(join(root, "_headers"), "utf8"))
    : new Map();
  const handler = sirv(root, { gzip: true, etag: true, extensions: ["html"] });
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    handler(req, res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
