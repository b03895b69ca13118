import { resolve } from "node:path";

/** How long to wait after a save before reloading, so the content layer has re-read the file. */
const SETTLE_MS = 300;

/**
 * A Vite plugin for `npm run dev`: when a CSV in the data folder is saved, every open page
 * reloads. Astro's content layer re-reads a valid file by itself, but after an invalid save it
 * keeps the old rows and would leave a stale page on screen; the reload lets the page show the
 * validation messages instead.
 *
 * @param {string} dir the data folder
 * @returns {import("vite").Plugin}
 */
export function dataReload(dir) {
  const root = resolve(dir);
  return {
    name: "exile-atlas-data-reload",
    apply: "serve",
    configureServer(server) {
      server.watcher.add(root);
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      let timer;
      server.watcher.on("change", (path) => {
        if (!resolve(path).startsWith(root) || !path.endsWith(".csv")) return;
        clearTimeout(timer);
        timer = setTimeout(() => server.ws.send({ type: "full-reload", path: "*" }), SETTLE_MS);
      });
    },
  };
}
