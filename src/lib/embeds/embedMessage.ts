/**
 * The namespace of every message an embed posts to its host page. It has a module of its own
 * because the host's resizing script (/embed.js, bundled from resizer.ts for other sites' pages)
 * must carry nothing else: the snippet module beside it reads the build's site address.
 */
export const MESSAGE_TYPE = "exile-atlas:height";
