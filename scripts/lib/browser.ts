import { existsSync } from "node:fs";
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

/** Debian's package of Chromium's headless shell (`apt-get install chromium-headless-shell`). */
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/**
 * The browser the test suite drives: Debian's Chromium headless shell where it is installed
 * (.ci/run installs it), else Chromium itself; CHROME_PATH overrides both.
 * The headless shell is the same Blink and V8 without the browser around them, which Playwright
 * also runs for headless tests by default: the suite's pages cost it less CPU, and the browser was
 * over half of the suite's CPU time on this 2-core machine (issue 13). Lighthouse and the
 * benchmarks keep the full Chromium, which is what a reader runs.
 */
export const testChromiumPath = (): string =>
  process.env.CHROME_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumPath());

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
