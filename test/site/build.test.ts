import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, test } from "vitest";
import { politicalPrisoners } from "../../src/lib/data/datasets.ts";
import { validateDataFile } from "../../src/lib/data/validateDataDir.ts";

const siteDir = inject("siteDir");
const html = readFileSync(join(siteDir, "index.html"), "utf8");
const { document } = parseHTML(html);
const prisoners = validateDataFile(politicalPrisoners, "data").rows.map((row) => row.value);
const latest = [...prisoners].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
const en = new Intl.NumberFormat("en");

/** Every file under a folder, recursively. */
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

describe("the built story page (dist/index.html)", () => {
  test("declares its language and has one h1, a main landmark and a skip link to it", () => {
    expect(document.documentElement.getAttribute("lang")).toBe("en");
    expect(document.querySelectorAll("h1")).toHaveLength(1);
    expect(document.querySelector("main")?.id).toBe("story");
    expect(document.querySelector("a.skip-link")?.getAttribute("href")).toBe("#story");
  });

  test("quotes the latest count from data/political-prisoners.csv in the prose, with its source", () => {
    const quoted = [...document.querySelectorAll("article > p data")].map((node) => node.getAttribute("value"));
    expect(quoted).toContain(String(latest.count));
    const figure = document.querySelector(`article > p data[value="${latest.count}"]`);
    expect(figure?.textContent).toBe(en.format(latest.count));
    expect(figure?.getAttribute("title")).toContain(latest.source_name);
  });

  test("inlines the chart as SVG at two widths, each an image with a name", () => {
    const svgs = document.querySelectorAll("#political-prisoners svg");
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      expect(svg.getAttribute("role")).toBe("img");
      expect(svg.getAttribute("aria-label")).toBeTruthy();
      expect(svg.textContent).toContain(`at least ${en.format(latest.count)}`);
    }
  });

  test("shows a source line with the organisation, the as-of date and a link to the latest figure", () => {
    const line = document.querySelector("#political-prisoners .source-line");
    expect(line?.textContent).toContain("Source: Human Rights Centre Viasna, as of 5 March 2026.");
    const link = line?.querySelector("a");
    expect(link?.getAttribute("href")).toBe(latest.source_url);
    expect(link?.getAttribute("rel")).toContain("noreferrer");
  });

  test("has a data table with one row per data row, each linking to its source", () => {
    const rows = document.querySelectorAll("#political-prisoners-data tbody tr");
    expect(rows).toHaveLength(prisoners.length);
    const links = [...document.querySelectorAll("#political-prisoners-data tbody a")].map((a) =>
      a.getAttribute("href"),
    );
    expect(new Set(links)).toEqual(new Set(prisoners.map((row) => row.source_url)));
  });

  test("needs no JavaScript: the page ships no script at all", () => {
    expect(document.querySelectorAll("script")).toHaveLength(0);
  });

  test("loads nothing from another host", () => {
    const external =
      /\b(?:src|href|srcset|action|poster|data)=["']?(?:https?:)?\/\/|url\(\s*["']?(?:https?:)?\/\/|@import/;
    for (const file of walk(siteDir).filter((path) => /\.(html|css|js|svg)$/.test(path))) {
      const text = readFileSync(file, "utf8")
        // Outbound links to sources are allowed: a reader follows them only by choice.
        .replace(/<a\s[^>]*>/g, "");
      expect(text, file).not.toMatch(external);
    }
  });
});
