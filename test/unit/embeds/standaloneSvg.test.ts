import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { CHART_WIDTHS, chartSource, renderChartSvgs } from "../../../src/lib/charts/registry.ts";
import { renderPng } from "../../../src/lib/build/renderPng.ts";
import { SHARE_SIZE, shareSvg, standaloneSvg, wrapText } from "../../../src/lib/embeds/standaloneSvg.ts";
import { pngSize } from "../../helpers/embeds.ts";
import { frozenChartContext as chartContext, frozenEmbeds } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";
import { expectSvgSnapshot } from "../../helpers/snapshot.ts";

/** Every embed of the real chapters, drawn from the frozen data, as the build draws them. */
const views = frozenEmbeds().map((embed) => {
  const context = chartContext(embed.chart);
  return {
    ...embed,
    chartSvg: renderChartSvgs(embed.chart, frozenData, embed.state, context).wide,
    source: chartSource(embed.chart, frozenData, embed.state, context),
  };
});

describe.each(views)("the downloadable files of embed $id", (view) => {
  const svg = standaloneSvg({ chart: view.chartSvg, title: view.title, source: view.source });

  test("the standalone SVG matches its snapshot", async () => {
    await expectSvgSnapshot(svg, `embed-${view.id}`);
  });

  test("the standalone SVG declares its namespace, has a background and carries its title and source", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    expect(svg).not.toMatch(/style=/);
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    const root = document.querySelector("svg")!;
    expect(Number(root.getAttribute("width"))).toBeGreaterThan(CHART_WIDTHS.wide);
    expect(root.querySelector("rect")!.getAttribute("fill")).toBe("#ffffff");
    // Each wrapped line is its own <tspan>: lines join with a space, as a reader sees them.
    const text = [...root.querySelectorAll(":scope > text tspan")].map((line) => line.textContent).join(" ");
    expect(text).toContain(view.title);
    expect(text.replace(/\s+/g, " ")).toContain(view.source);
  });

  test("the share image is a 1200 × 630 PNG drawn from the chart", async () => {
    const png = await renderPng(
      shareSvg({ chart: view.chartSvg, title: view.title, source: view.source }),
      SHARE_SIZE.width * 2,
    );
    expect(pngSize(png)).toEqual({ png: true, width: 1200, height: 630 });
  });
});

test("standaloneSvg escapes the words it writes", () => {
  const chart = views[0]!.chartSvg;
  const svg = standaloneSvg({ chart, title: 'A <b>"title"</b> & more', source: "Source: <script>" });
  expect(svg).toContain("A &lt;b&gt;&quot;title&quot;&lt;/b&gt; &amp; more");
  expect(svg).not.toContain("<script>");
});

test("wrapText keeps every word, in order, on lines that fit", () => {
  const text = "Source: Human Rights Centre Viasna, as of 5 March 2026. Latest figure reported by an outlet.";
  const lines = wrapText(text, 200, 12);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join(" ")).toBe(text);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(200 / (12 * 0.6)));
});
