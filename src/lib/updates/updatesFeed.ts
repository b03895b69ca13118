import { updateLines, type DataHistory, type DataUpdate } from "../data/dataHistory.ts";
import type { ChangeLanguage } from "../data/describeDiff.ts";

/** The most updates a feed carries; readers keep older ones, and the page lists them all. */
export const FEED_LIMIT = 50;

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The anchor of an update on the /updates/ page, from its commit: `update-3f9a0c2b7d41`. */
export const updateAnchor = (update: Pick<DataUpdate, "commit">) => `update-${update.commit.slice(0, 12)}`;

/**
 * An Atom feed (RFC 4287) of the updates to the data, newest first. Every entry's text is the
 * commit message and the plain-language summary of what changed, escaped, as plain text: a feed
 * reader shows it as it is and can run nothing from it.
 *
 * @example
 * updatesFeed({history, title: "Exile Atlas: updates to the data", pageUrl, feedUrl, lang: "en", fallbackUpdated})
 * // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">…'
 */
export function updatesFeed(options: {
  history: DataHistory;
  title: string;
  /** A line said by a feed without history, e.g. "History not available in this copy: …". */
  unavailable: string;
  pageUrl: string;
  feedUrl: string;
  lang: string;
  siteName: string;
  /** When the feed has no entries, Atom still needs an `updated` date: the build's data version date. */
  fallbackUpdated: string;
  /** The edition's words for what changed; without them, each update's lines as dataHistory wrote them. */
  language?: ChangeLanguage | undefined;
}): string {
  const { history, title, pageUrl, feedUrl, lang, siteName } = options;
  const updates = history.available ? history.updates.slice(0, FEED_LIMIT) : [];
  const updated = updates[0]?.date ?? options.fallbackUpdated;
  const entries = updates.map((update) => {
    const link = `${pageUrl}#${updateAnchor(update)}`;
    const lines = options.language ? updateLines(update, options.language) : update.lines;
    const text = [update.subject, update.body, lines.join("\n")].filter(Boolean).join("\n\n");
    return [
      "  <entry>",
      `    <id>${escapeXml(link)}</id>`,
      `    <title>${escapeXml(`${update.date.slice(0, 10)}: ${update.subject}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <updated>${escapeXml(update.date)}</updated>`,
      `    <content type="text">${escapeXml(text)}</content>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(lang)}">`,
    `  <title>${escapeXml(title)}</title>`,
    ...(history.available ? [] : [`  <subtitle>${escapeXml(options.unavailable)}</subtitle>`]),
    `  <id>${escapeXml(pageUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <author><name>${escapeXml(siteName)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
