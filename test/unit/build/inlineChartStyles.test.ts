import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "linkedom";
import { afterAll, describe, expect, test } from "vitest";
import { inlineChartStyles } from "../../../src/lib/build/inlineChartStyles.ts";
import { renderPng } from "../../../src/lib/build/renderPng.ts";
import { renderChartSvgs } from "../../../src/lib/charts/registry.ts";
import { frozenChartContext as chartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const dir = mkdtempSync(join(tmpdir(), "exile-styles-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sheet = join(dir, "site.css");
writeFileSync(join(dir, "chart.css"), ".map .land { fill: var(--land); stroke-width: 0.1rem; }\n");
writeFileSync(
  sheet,
  [
    '@import "./chart.css";',
    ":root { --land: #e4e2dc; --ink: var(--land); }",
    "@media (prefers-color-scheme: dark) { :root { --land: #222222; } }",
    ':root[data-theme="dark"] { --land: #333333; }',
    ':root[data-theme="dark"] .map .land.is-focus { fill: #ff8a80; }',
    ".map .land.is-focus { fill: #b3261e; cursor: pointer; }",
    ".map text { fill: var(--ink); }",
  ].join("\n"),
);

const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml") as unknown as Document;

describe("inlineChartStyles(svg, stylesheets)", () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" class="map"><path class="land"/><path class="land is-focus"/><text>a</text></svg>';
  const out = inlineChartStyles(svg, { stylesheets: [sheet] });

  test("writes the light theme's rules onto the elements they match, in cascade order", () => {
    const [land, focus] = [...parse(out).querySelectorAll("path")];
    expect(land!.getAttribute("fill")).toBe("#e4e2dc");
    expect(land!.getAttribute("stroke-width")).toBe("1.6px");
    expect(focus!.getAttribute("fill")).toBe("#b3261e");
    expect(parse(out).querySelector("text")!.getAttribute("fill")).toBe("#e4e2dc");
    expect(out).not.toContain("#222222");
    expect(out).not.toContain("#333333");
    expect(out).not.toContain("cursor");
    expect(out).not.toContain("#ff8a80");
  });

  test("writes the dark theme's variables and rules when asked for it", () => {
    const dark = parse(inlineChartStyles(svg, { theme: "dark", stylesheets: [sheet] }));
    const [land, focus] = [...dark.querySelectorAll("path")];
    expect(land!.getAttribute("fill")).toBe("#333333");
    expect(focus!.getAttribute("fill")).toBe("#ff8a80");
    // A variable defined through another follows the dark value of the one it names.
    expect(dark.querySelector("text")!.getAttribute("fill")).toBe("#333333");
    expect(land!.getAttribute("stroke-width")).toBe("1.6px");
  });

  test("escapes attribute text so the file is well-formed XML, even with an editor's < in it", async () => {
    const hostile = inlineChartStyles(
      '<svg xmlns="http://www.w3.org/2000/svg" class="map"><circle data-hub="<img src=x>"/></svg>',
      { stylesheets: [sheet] },
    );
    expect(hostile).toContain('data-hub="&lt;img src=x&gt;"');
    await expect(renderPng(hostile, 100)).resolves.toBeInstanceOf(Uint8Array);
  });

  test("colours a real chart whose colours live only in the site's stylesheets", () => {
    const { wide } = renderChartSvgs("exile-map", frozenData, {}, chartContext("exile-map"));
    const belarus = (svg: string) => parse(svg).querySelector(".is-belarus")!;
    expect(belarus(wide).getAttribute("fill")).toBeNull();
    expect(belarus(inlineChartStyles(wide)).getAttribute("fill")).toMatch(/^#[0-9a-f]{6}$/i);
    expect(inlineChartStyles(wide)).not.toContain("var(");
  });
});
