import { parseHTML } from "linkedom";

/**
 * Runs a chart builder against a server-side DOM and returns its markup, for inlining at build
 * time. linkedom is used rather than JSDOM because it is several times faster to start and
 * Plot needs no more of the DOM than it provides.
 *
 * @example
 * renderToString((document) => politicalPrisonersChart(rows, {width: 360, document, text}))
 */
export function renderToString(build: (document: Document) => Element): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return build(document as unknown as Document).outerHTML;
}
