// @ts-check
import { defineConfig } from "astro/config";
import { dataReload } from "./scripts/dataReload.mjs";

// Tests build copies of the data into their own folders, so the output and cache folders can be
// moved with environment variables; an editor never needs to set them.
export default defineConfig({
  site: process.env.EXILE_SITE ?? "https://exile-atlas.example",
  outDir: process.env.EXILE_OUT_DIR ?? "dist",
  cacheDir: process.env.EXILE_CACHE_DIR ?? "node_modules/.astro",
  i18n: {
    locales: ["en"],
    defaultLocale: "en",
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: "never" },
  vite: { plugins: [dataReload(process.env.EXILE_DATA_DIR ?? "data")] },
  devToolbar: { enabled: false },
});
