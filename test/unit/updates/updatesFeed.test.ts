import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import type { DataUpdate } from "../../../src/lib/data/dataHistory.ts";
import { escapeXml, FEED_LIMIT, updateAnchor, updatesFeed } from "../../../src/lib/updates/updatesFeed.ts";

describe("updatesFeed(options)", () => {
  const base = {
    title: "Updates & <fixes>",
    unavailable: "History not available in this copy.",
    pageUrl: "https://example.org/updates/",
    feedUrl: "https://example.org/updates.xml",
    lang: "en",
    siteName: "Exile Atlas",
    fallbackUpdated: "2026-03-05T00:00:00Z",
  };

  test("escapes everything that comes from git and the data", () => {
    const feed = updatesFeed({
      ...base,
      history: {
        available: true,
        updates: [
          {
            commit: "a".repeat(40),
            date: "2026-05-02T12:00:00+00:00",
            subject: "<script>x</script>",
            body: "",
            lines: ["a & b"],
          },
        ],
      },
    });
    expect(feed).not.toContain("<script>");
    expect(feed).toContain("&#60;script&#62;");
    expect(feed).toContain("a &#38; b");
    expect(feed).toContain("<id>https://example.org/updates/#update-aaaaaaaaaaaa</id>");
  });

  test("says so, with no entries, when the copy has no history", () => {
    const feed = updatesFeed({ ...base, history: { available: false, reason: "shallow clone" } });
    expect(feed).toContain("<subtitle>History not available in this copy.</subtitle>");
    expect(feed).toContain("<updated>2026-03-05T00:00:00Z</updated>");
    expect(feed).not.toContain("<entry>");
  });
});

describe("updatesFeed(options): entries", () => {
  const base = {
    title: "Updates",
    unavailable: "n/a",
    pageUrl: "https://example.org/updates/",
    feedUrl: "https://example.org/updates.xml",
    lang: "en",
    siteName: "Exile Atlas",
    fallbackUpdated: "2026-03-05T00:00:00Z",
  };
  const update = (i: number): DataUpdate => ({
    commit: `${String(i).padStart(4, "0")}${"f".repeat(36)}`,
    date: `2026-05-${String((i % 28) + 1).padStart(2, "0")}T12:00:00+00:00`,
    subject: `Update ${i}`,
    body: i === 0 ? "Why it changed." : "",
    lines: i === 0 ? ["releases: 1 new release", "  + 2026-04-20: 12"] : [],
  });

  test("is well-formed Atom: one entry per update, newest first, updated from the first entry", () => {
    const feed = updatesFeed({ ...base, history: { available: true, updates: [update(0), update(1)] } });
    expect(
      feed.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
      ),
    ).toBe(true);
    const { document } = parseHTML(feed.replace(/^<\?xml[^>]*>\n/, ""), "text/xml");
    const entries = [...document.querySelectorAll("entry")];
    expect(entries.map((e) => e.querySelector("title")!.textContent)).toEqual([
      "2026-05-01: Update 0",
      "2026-05-02: Update 1",
    ]);
    expect(feed).toContain("  <updated>2026-05-01T12:00:00+00:00</updated>\n  <author>");
    expect(feed).not.toContain("<subtitle>");
  });

  test("an entry's text is the subject, the body and the summary lines, separated by blank lines", () => {
    const feed = updatesFeed({ ...base, history: { available: true, updates: [update(0)] } });
    expect(feed).toContain(
      '<content type="text">Update 0\n\nWhy it changed.\n\nreleases: 1 new release\n  + 2026-04-20: 12</content>',
    );
  });

  test(`carries at most ${FEED_LIMIT} updates`, () => {
    const updates = Array.from({ length: FEED_LIMIT + 5 }, (_, i) => update(i));
    const feed = updatesFeed({ ...base, history: { available: true, updates } });
    expect(feed.match(/<entry>/g)).toHaveLength(FEED_LIMIT);
    expect(feed).toContain(`Update ${FEED_LIMIT - 1}<`);
    expect(feed).not.toContain(`Update ${FEED_LIMIT}<`);
  });

  test("links each entry to its anchor on the page, from the commit's first 12 digits", () => {
    expect(updateAnchor({ commit: "3f9a0c2b7d41ffffffff" })).toBe("update-3f9a0c2b7d41");
    const feed = updatesFeed({ ...base, history: { available: true, updates: [update(7)] } });
    expect(feed).toContain(
      '<link rel="alternate" type="text/html" href="https://example.org/updates/#update-0007ffffffff"/>',
    );
  });

  test("escapeXml writes the five markup characters as numeric references", () => {
    expect(escapeXml(`<a b="c">'&'</a>`)).toBe("&#60;a b=&#34;c&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
  });
});
