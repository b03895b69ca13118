/**
 * The host page's half of auto-height embeds, served minified as /embed.js (src/pages/embed.js.ts)
 * and pasted with each snippet. It trusts only messages posted from the origin it was itself
 * loaded from, of its own namespace, and sets the height of the one iframe that both sent the
 * message and shows that embed's page. Pasted several times, it acts once.
 */
import { MESSAGE_TYPE } from "./embedMessage.ts";

/** What the embed page posts to its host; see embedPage.ts. */
interface HeightMessage {
  type: typeof MESSAGE_TYPE;
  id: string;
  height: number;
}

/** Only our namespace, an embed id (lower-case words and hyphens) and a positive height pass. */
const isHeightMessage = (data: unknown): data is HeightMessage => {
  const message = data as Partial<HeightMessage> | null;
  return (
    message?.type === MESSAGE_TYPE &&
    typeof message.id === "string" &&
    /^[a-z0-9-]+$/.test(message.id) &&
    typeof message.height === "number" &&
    message.height > 0
  );
};

const host = window as Window & { exileAtlasEmbeds?: boolean };
const script = document.currentScript as HTMLScriptElement | null;
if (script && !host.exileAtlasEmbeds) {
  host.exileAtlasEmbeds = true;
  const origin = new URL(script.src).origin;
  /** Whether an iframe shows one of our embeds (any, or the one with this id). */
  const ours = (frame: HTMLIFrameElement, id = "[^/]+") => {
    const url = new URL(frame.src, location.href);
    return url.origin === origin && new RegExp(`/embed/${id}/$`).test(url.pathname);
  };
  addEventListener("message", (event) => {
    if (event.origin !== origin || !isHeightMessage(event.data)) return;
    const { id, height } = event.data;
    for (const frame of document.querySelectorAll("iframe")) {
      if (frame.contentWindow === event.source && ours(frame, id)) frame.height = String(Math.ceil(height));
    }
  });
  // Embeds that loaded before this script ran have already posted their height: ask them again.
  for (const frame of document.querySelectorAll("iframe")) {
    if (ours(frame)) frame.contentWindow?.postMessage({ type: `${MESSAGE_TYPE}?` }, origin);
  }
}
