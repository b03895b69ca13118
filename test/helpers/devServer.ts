import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { takeAstroTurn } from "./astroTurn.ts";
import { childEnv } from "./childEnv.ts";

/** Asks the system for a free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * Starts `astro dev` on 127.0.0.1 with its data folder moved, and waits until it answers.
 * The server is stopped with `stop()`; its output is kept for failure messages. It runs in this
 * file's turn to run Astro (astroTurn.ts), which `stop()` ends.
 */
export async function startDevServer(env: { dataDir: string; cacheDir: string }) {
  const endTurn = await takeAstroTurn();
  const port = await freePort();
  const astro = fileURLToPath(new URL("bin/astro.mjs", import.meta.resolve("astro/package.json")));
  // --ignore-lock: a test server must neither replace nor be refused by an editor's own `npm run dev`.
  const child: ChildProcess = spawn(
    process.execPath,
    [astro, "dev", "--ignore-lock", "--host", "127.0.0.1", "--port", String(port)],
    {
      env: childEnv({ EXILE_DATA_DIR: env.dataDir, EXILE_CACHE_DIR: env.cacheDir, BROWSER: "none" }),
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    // Until Astro has registered its routes, the bare HTTP server answers "Cannot GET /".
    const ready = await fetch(`${origin}/`)
      .then(async (response) => (await response.text()).includes("<main"))
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill("SIGTERM");
      endTurn();
      throw new Error(`astro dev did not start:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    origin,
    output: () => output,
    stop: () =>
      new Promise<void>((done) => {
        child.once("exit", () => {
          endTurn();
          done();
        });
        child.kill("SIGTERM");
      }),
  };
}
