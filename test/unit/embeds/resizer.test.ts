import { parseHTML } from "linkedom";
import { afterEach, describe, expect, test, vi } from "vitest";
import { MESSAGE_TYPE } from "../../../src/lib/embeds/embedMessage.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const SITE = "https://atlas.example";

/**
 * A host page with our script and some iframes, in linkedom, with the window globals the script
 * uses stubbed: the message listener is kept so a test can post to it.
 */
async function host(frames: string[], { scriptSrc = `${SITE}/embed.js`, alreadyRan = false } = {}) {
  const { document } = parseHTML(
    `<!doctype html><html><body>${frames.map((src) => `<iframe src="${src}"></iframe>`).join("")}</body></html>`,
  );
  const windows = [...document.querySelectorAll("iframe")].map(() => ({ postMessage: vi.fn() }));
  document
    .querySelectorAll("iframe")
    .forEach((frame, i) => Object.defineProperty(frame, "contentWindow", { value: windows[i] }));
  Object.defineProperty(document, "currentScript", { value: scriptSrc ? { src: scriptSrc } : null });
  let listener: ((event: { origin: string; data: unknown; source: unknown }) => void) | undefined;
  const window = { exileAtlasEmbeds: alreadyRan || undefined } as Record<string, unknown>;
  vi.stubGlobal("window", window);
  vi.stubGlobal("document", document);
  vi.stubGlobal("location", new URL("https://newsroom.example/story/"));
  vi.stubGlobal("addEventListener", (type: string, fn: typeof listener) => {
    if (type === "message") listener = fn;
  });
  await import("../../../src/lib/embeds/resizer.ts");
  // linkedom does not reflect an iframe's height property to its attribute; the property is what the script sets.
  const frame = (i: number) => ({
    height: (document.querySelectorAll("iframe")[i] as unknown as { height?: string }).height || undefined,
  });
  const post = (data: unknown, source: unknown, origin = SITE) => listener?.({ origin, data, source });
  return { window, windows, frame, post, listening: () => listener !== undefined };
}
const height = (id: string, h: number) => ({ type: MESSAGE_TYPE, id, height: h });

describe("resizer: the host page's half of auto-height embeds", () => {
  test("asks every embed of ours already on the page for its height, and no other frame", async () => {
    const { windows } = await host([
      `${SITE}/embed/timeline/`,
      "https://other.example/embed/timeline/",
      `${SITE}/about/`,
    ]);
    expect(windows[0]!.postMessage).toHaveBeenCalledWith({ type: `${MESSAGE_TYPE}?` }, SITE);
    expect(windows[1]!.postMessage).not.toHaveBeenCalled();
    expect(windows[2]!.postMessage).not.toHaveBeenCalled();
  });

  test("sets the height of the frame that sent it, rounded up", async () => {
    const { windows, frame, post } = await host([`${SITE}/embed/timeline/`, `${SITE}/embed/exile-map/`]);
    post(height("exile-map", 412.2), windows[1]);
    expect(frame(1).height).toBe("413");
    expect(frame(0).height).toBeUndefined();
  });

  test.each([
    ["from another origin", height("timeline", 400), "https://evil.example"],
    ["of another namespace", { type: "other", id: "timeline", height: 400 }, SITE],
    ["with a malformed id", height("../timeline", 400), SITE],
    ["with a height of zero", height("timeline", 0), SITE],
    ["with a height as text", { ...height("timeline", 1), height: "400" }, SITE],
    ["with no data", null, SITE],
  ])("ignores a message %s", async (_, data, origin) => {
    const { windows, frame, post } = await host([`${SITE}/embed/timeline/`]);
    post(data, windows[0], origin);
    expect(frame(0).height).toBeUndefined();
  });

  test("ignores a message from one frame that names another frame's embed, or from no frame of ours", async () => {
    const { windows, frame, post } = await host([`${SITE}/embed/timeline/`, `${SITE}/embed/exile-map/`]);
    post(height("exile-map", 300), windows[0]);
    post(height("timeline", 300), { postMessage: vi.fn() });
    expect(frame(0).height).toBeUndefined();
    expect(frame(1).height).toBeUndefined();
  });

  test("pasted twice, acts once; without its own script element, does nothing", async () => {
    const again = await host([`${SITE}/embed/timeline/`], { alreadyRan: true });
    expect(again.listening()).toBe(false);
    expect(again.windows[0]!.postMessage).not.toHaveBeenCalled();
    vi.resetModules();
    const first = await host([`${SITE}/embed/timeline/`]);
    expect(first.listening()).toBe(true);
    expect(first.window.exileAtlasEmbeds).toBe(true);
    vi.resetModules();
    expect((await host([`${SITE}/embed/timeline/`], { scriptSrc: "" })).listening()).toBe(false);
  });
});
