import type { APIRoute } from "astro";
import { figureFilePaths } from "../../../lib/edition/loadEdition.ts";
import { chapterFragment, figureFile } from "../../../lib/story/figureFiles.ts";
import type { FigureRoute } from "../../../lib/story/stepFigures.ts";

/**
 * /figures/<step>-<width>-<theme>.svg: each story step's figure as an image, which the page shows
 * lazily and without JavaScript; and /figures/<chapter>.json: the chapter's SVGs for its chart code
 * to put inline. See src/lib/story/figureFiles.ts for why the figures live outside the page.
 */
export const getStaticPaths = figureFilePaths;

export const GET: APIRoute = ({ props }) => {
  const route = props as FigureRoute;
  if (route.kind === "fragment")
    return new Response(chapterFragment(route.figures), {
      headers: { "Content-Type": "application/json; charset=utf-8" },
    });
  return new Response(figureFile(route.figure.svgs[route.width], route.theme), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
};
