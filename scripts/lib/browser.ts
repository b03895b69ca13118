import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import sirv from "sirv";

/**
 * How Debian's Chromium is started on this workplace's machines, by Playwright here and by
 * Lighthouse (scripts/lib/lighthouse.ts): no sandbox (we run as root) and no background
 * networking, which would otherwise try to reach Google's hosts on every start.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's Chromium, or the one CHROME_PATH names. */
export const chromiumPath = (): string => process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium (or CHROME_PATH), started with CHROMIUM_FLAGS. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

/** Serves a built site on 127.0.0.1 at a free port. */
export async function serveStatic(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
