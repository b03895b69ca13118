import { join } from "node:path";
import type { APIRoute } from "astro";
import { build } from "esbuild";

/**
 * /embed.js: the resizing script that embed snippets load from our own origin, bundled and
 * minified from src/lib/embeds/resizer.ts to a few hundred bytes, with nothing from elsewhere.
 */
export const GET: APIRoute = async () => {
  const result = await build({
    // From the project root: Astro runs this route from a bundle in another folder.
    entryPoints: [join(process.cwd(), "src/lib/embeds/resizer.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2019",
    write: false,
    legalComments: "none",
  });
  return new Response(result.outputFiles[0]!.text, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
};
