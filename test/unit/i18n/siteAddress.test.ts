import { describe, expect, test } from "vitest";
import { embedSnippet } from "../../../src/lib/embeds/snippet.ts";
import { absoluteUrl } from "../../../src/lib/i18n/siteAddress.ts";

describe("absoluteUrl", () => {
  test("joins a root site address and a path, with or without their slashes", () => {
    expect(absoluteUrl("/embed/timeline/", "https://atlas.example")).toBe("https://atlas.example/embed/timeline/");
    expect(absoluteUrl("embed.js", "https://atlas.example/", "/")).toBe("https://atlas.example/embed.js");
    expect(absoluteUrl("/", "https://atlas.example")).toBe("https://atlas.example/");
  });

  test("keeps a path that the site address carries, which new URL('/…', site) drops", () => {
    expect(new URL("/embed.js", "https://mirror.example/atlas/").href).toBe("https://mirror.example/embed.js");
    expect(absoluteUrl("/embed.js", "https://mirror.example/atlas/")).toBe("https://mirror.example/atlas/embed.js");
    expect(absoluteUrl("/embed.js", "https://mirror.example/atlas")).toBe("https://mirror.example/atlas/embed.js");
  });

  test("adds the base path after the site address", () => {
    expect(absoluteUrl("/data/releases.csv", "https://mirror.example", "/atlas/")).toBe(
      "https://mirror.example/atlas/data/releases.csv",
    );
    expect(absoluteUrl("/", "https://mirror.example", "atlas")).toBe("https://mirror.example/atlas/");
  });

  test("adds a GitHub Pages project's path once, though the address and the base both carry it", () => {
    // actions/configure-pages gives base_url https://owner.github.io/repo and base_path /repo.
    expect(absoluteUrl("/embed/x/", "https://owner.github.io/repo", "/repo")).toBe(
      "https://owner.github.io/repo/embed/x/",
    );
  });

  test("does not add the base again to a path that already starts with it, as Astro.url.pathname does", () => {
    expect(absoluteUrl("/atlas/embed/x/", "https://mirror.example", "/atlas/")).toBe(
      "https://mirror.example/atlas/embed/x/",
    );
    expect(absoluteUrl("/atlas/", "https://owner.github.io/atlas", "/atlas")).toBe("https://owner.github.io/atlas/");
  });
});

test("an embed snippet served under a path keeps the path in its iframe and script addresses", () => {
  const snippet = embedSnippet({
    site: "https://owner.github.io/repo",
    base: "/repo/",
    // A page's path in its edition already carries the base (the edition layer's url()).
    path: "/repo/embed/timeline/",
    title: "T",
    height: 9,
  });
  expect(snippet).toContain('src="https://owner.github.io/repo/embed/timeline/"');
  expect(snippet).toContain('src="https://owner.github.io/repo/embed.js"');
});
