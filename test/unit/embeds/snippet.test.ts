import { describe, expect, test } from "vitest";
import { parseHTML } from "linkedom";
import { embedDefaultHeight, embedSnippet } from "../../../src/lib/embeds/snippet.ts";

describe("embedSnippet", () => {
  const snippet = embedSnippet({
    site: "https://atlas.example/",
    path: "/embed/political-prisoners-peak/",
    title: 'Prisoners "held" <since> 2020 & after',
    height: 520,
  });
  const { document } = parseHTML(`<!doctype html><html><body>${snippet}</body></html>`);

  test("is a titled, lazy iframe of the embed page with a default height from the chart", () => {
    const frame = document.querySelector("iframe")!;
    expect(frame.getAttribute("src")).toBe("https://atlas.example/embed/political-prisoners-peak/");
    expect(frame.getAttribute("title")).toBe('Prisoners "held" <since> 2020 & after');
    expect(frame.getAttribute("loading")).toBe("lazy");
    expect(frame.getAttribute("width")).toBe("100%");
    expect(frame.getAttribute("height")).toBe("520");
  });

  test("loads the resizing script from the same origin, asynchronously, and nothing else", () => {
    const scripts = [...document.querySelectorAll("script")];
    expect(scripts.map((script) => script.getAttribute("src"))).toEqual(["https://atlas.example/embed.js"]);
    expect(scripts[0]!.hasAttribute("async")).toBe(true);
    expect(document.body.children).toHaveLength(2);
  });
});

test("embedDefaultHeight grows with the chart's aspect ratio, as the chart fills the column", () => {
  const flat = embedDefaultHeight({ width: 600, height: 300 });
  const tall = embedDefaultHeight({ width: 600, height: 600 });
  expect(tall - flat).toBeGreaterThan(250);
  expect(tall - flat).toBeLessThan(300);
  expect(embedDefaultHeight({ width: 300, height: 300 })).toBe(tall);
});

test("embedDefaultHeight adds a line for each line a long source or description wraps onto", () => {
  const chart = { width: 600, height: 300 };
  const short = embedDefaultHeight(chart, { source: "Source: Viasna, as of 5 March 2026." });
  const long = embedDefaultHeight(chart, { source: "Source: ".padEnd(600, "x") });
  expect(long).toBeGreaterThan(short + 60);
  expect(embedDefaultHeight(chart, { description: "d".repeat(600) })).toBeGreaterThan(short + 60);
});

test("gives Belarusian and Russian words more room than English ones of the same length", () => {
  const chart = { width: 600, height: 300 };
  const latin = "a".repeat(80);
  const cyrillic = "а".repeat(80);
  expect(embedDefaultHeight(chart, { description: cyrillic })).toBeGreaterThan(
    embedDefaultHeight(chart, { description: latin }),
  );
  // A link back to the story too long for the line after the downloads wraps onto a third.
  const links = ["Get the data (CSV)", "Download SVG", "Download PNG"];
  expect(embedDefaultHeight(chart, { links: [...links, "Read the full story: a short title"] })).toBe(
    embedDefaultHeight(chart),
  );
  expect(embedDefaultHeight(chart, { links: [...links, `Чытаць усю гісторыю: ${"а".repeat(70)}`] })).toBe(
    embedDefaultHeight(chart) + 22,
  );
});
