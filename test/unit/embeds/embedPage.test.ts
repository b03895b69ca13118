import { parseHTML } from "linkedom";
import { afterEach, describe, expect, test, vi } from "vitest";
import { MESSAGE_TYPE } from "../../../src/lib/embeds/embedMessage.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  vi.doUnmock("../../../src/lib/charts/clients.ts");
});

/**
 * The embed page in linkedom, with the browser globals it uses stubbed and the chart's browser
 * code replaced by a spy, then the module run as the page runs it.
 */
async function embedPage({ search = "", framed = true, chart = "timeline", height = 300.4 } = {}) {
  const { document } = parseHTML(
    `<!doctype html><html><body><section data-embed="timeline-2021" data-chart="${chart}"></section></body></html>`,
  );
  let rootHeight = height;
  document.documentElement.getBoundingClientRect = () => ({ height: rootHeight }) as DOMRect;
  const parent = { postMessage: vi.fn() };
  const idle: (() => void)[] = [];
  const requestIdleCallback = (callback: () => void) => idle.push(callback);
  const self = { requestIdleCallback };
  let resized: (() => void) | undefined;
  let message: ((event: { data: unknown }) => void) | undefined;
  const frames: (() => void)[] = [];
  vi.stubGlobal("document", document);
  vi.stubGlobal("location", new URL(`https://atlas.example/embed/timeline-2021/${search}`));
  vi.stubGlobal("window", self);
  vi.stubGlobal("parent", framed ? parent : self);
  vi.stubGlobal(
    "ResizeObserver",
    class {
      constructor(callback: () => void) {
        resized = callback;
      }
      observe() {}
    },
  );
  vi.stubGlobal("requestAnimationFrame", (callback: () => void) => frames.push(callback));
  vi.stubGlobal("requestIdleCallback", requestIdleCallback);
  vi.stubGlobal("addEventListener", (type: string, listener: typeof message) => {
    if (type === "message") message = listener;
  });
  const mount = vi.fn();
  const loader = vi.fn(async () => ({ mount }));
  vi.doMock("../../../src/lib/charts/clients.ts", () => ({
    chartClient: (id: string | undefined) => (id === "timeline" ? loader : undefined),
  }));
  await import("../../../src/lib/embeds/embedPage.ts");
  return {
    document,
    parent,
    mount,
    loader,
    resize: (to: number) => {
      rootHeight = to;
      resized?.();
      frames.splice(0).forEach((run) => run());
    },
    ask: (data: unknown) => message?.({ data }),
    idle: () => idle.splice(0).forEach((run) => run()),
    section: document.querySelector("section"),
  };
}
const heights = (parent: { postMessage: ReturnType<typeof vi.fn> }) =>
  parent.postMessage.mock.calls.map(([data, target]) => [data, target]);

describe("embedPage: the embed page's browser code", () => {
  test("applies a theme the host forces, and only a known one", async () => {
    expect((await embedPage({ search: "?theme=dark" })).document.documentElement.dataset.theme).toBe("dark");
    vi.resetModules();
    expect((await embedPage({ search: "?theme=light" })).document.documentElement.dataset.theme).toBe("light");
    vi.resetModules();
    expect((await embedPage({ search: "?theme=neon" })).document.documentElement.dataset.theme).toBeUndefined();
  });

  test("reports its height, rounded up, to the host in our message and AMP's", async () => {
    const { parent } = await embedPage();
    expect(heights(parent)).toEqual([
      [{ type: MESSAGE_TYPE, id: "timeline-2021", height: 301 }, "*"],
      [{ sentinel: "amp", type: "embed-size", height: 301 }, "*"],
    ]);
  });

  test("reports again when the height changes, once per frame, and not when it stays the same", async () => {
    const { parent, resize } = await embedPage();
    parent.postMessage.mockClear();
    resize(301);
    expect(parent.postMessage).not.toHaveBeenCalled();
    resize(450);
    expect(heights(parent).map(([data]) => (data as { height: number }).height)).toEqual([450, 450]);
  });

  test("answers the host script's question even when the height has not changed, and nothing else", async () => {
    const { parent, ask } = await embedPage();
    parent.postMessage.mockClear();
    ask({ type: "something-else" });
    ask(null);
    expect(parent.postMessage).not.toHaveBeenCalled();
    ask({ type: `${MESSAGE_TYPE}?` });
    expect(parent.postMessage).toHaveBeenCalledTimes(2);
  });

  test("posts nothing when it is not in a frame", async () => {
    const { parent } = await embedPage({ framed: false });
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  test("mounts the chart's browser code on the embed once the browser is idle, and leaves an unknown chart as drawn", async () => {
    const { mount, loader, section, idle } = await embedPage();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loader).not.toHaveBeenCalled();
    idle();
    await vi.waitFor(() => expect(mount).toHaveBeenCalledWith(section));
    vi.resetModules();
    const unknown = await embedPage({ chart: "no-such-chart" });
    unknown.idle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unknown.loader).not.toHaveBeenCalled();
  });
});
