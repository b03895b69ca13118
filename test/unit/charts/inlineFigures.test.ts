import { parseHTML } from "linkedom";
import { afterEach, describe, expect, test, vi } from "vitest";
import { holdBackImages, inlineFigures, releaseImages } from "../../../src/lib/charts/inlineFigures.ts";

afterEach(() => vi.unstubAllGlobals());

const picture = (id: string) =>
  `<picture data-figure="${id}"><source media="(min-width: 600px)" srcset="/figures/${id}-wide-light.svg">` +
  `<img src="/figures/${id}-narrow-light.svg" alt="${id}"></picture>`;

/**
 * linkedom's DOMParser does not imply the <html> element as a browser's HTML parser does, and its
 * document has no adoptNode: these two stand-ins do what a browser does with the module's markup.
 */
class BrowserDOMParser {
  parseFromString(markup: string) {
    const body = markup.replace(/^<!doctype html><body>/i, "");
    return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
  }
}

/** A scroll section in a linkedom page, with `document` and `DOMParser` as the browser has them. */
function section(figures: string[], url = "/figures/chapter.json") {
  const window = parseHTML(
    `<!doctype html><html><body><section ${url ? `data-figures="${url}"` : ""}>${figures.map(picture).join("")}</section></body></html>`,
  );
  vi.stubGlobal("document", window.document);
  Object.assign(window.document, { adoptNode: <T>(node: T) => node });
  vi.stubGlobal("DOMParser", BrowserDOMParser);
  return window.document.querySelector("section") as unknown as HTMLElement;
}
const respond = (body: unknown, ok = true) => vi.fn(async () => ({ ok, json: async () => body }) as Response);

describe("holdBackImages(section) and releaseImages(section)", () => {
  test("holding back moves src and srcset aside, so nothing loads; releasing puts them back", () => {
    const root = section(["a"]);
    holdBackImages(root);
    expect(root.querySelector("img")!.hasAttribute("src")).toBe(false);
    expect(root.querySelector("source")!.hasAttribute("srcset")).toBe(false);
    expect(root.querySelector("img")!.getAttribute("data-src")).toBe("/figures/a-narrow-light.svg");
    releaseImages(root);
    expect(root.querySelector("img")!.getAttribute("src")).toBe("/figures/a-narrow-light.svg");
    expect(root.querySelector("source")!.getAttribute("srcset")).toBe("/figures/a-wide-light.svg");
    expect(root.querySelector("[data-src], [data-srcset]")).toBeNull();
  });

  test("touches only images inside step pictures", () => {
    const root = section(["a"]);
    root.insertAdjacentHTML("beforeend", '<img class="other" src="/logo.svg">');
    holdBackImages(root);
    expect(root.querySelector("img.other")!.getAttribute("src")).toBe("/logo.svg");
  });
});

describe("inlineFigures(section)", () => {
  test("fetches the chapter's fragment once and replaces each picture with its two SVGs", async () => {
    const root = section(["one", "two"]);
    const fetch = respond({
      one: {
        narrow: '<svg class="plot-chart" aria-label="one narrow"></svg>',
        wide: '<svg aria-label="one wide"></svg>',
      },
      two: {
        narrow: '<svg aria-label="two narrow"><circle r="2"><title>1 &amp; 2</title></circle></svg>',
        wide: "<svg></svg>",
      },
    });
    vi.stubGlobal("fetch", fetch);
    holdBackImages(root);
    await inlineFigures(root);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith("/figures/chapter.json");
    expect(root.querySelectorAll("picture")).toHaveLength(0);
    const holders = [...root.querySelectorAll("div.chart-svgs")];
    expect(holders).toHaveLength(2);
    expect(holders.map((h) => [...h.children].map((box) => box.className))).toEqual([
      ["chart-narrow", "chart-wide"],
      ["chart-narrow", "chart-wide"],
    ]);
    expect(root.querySelector(".chart-narrow svg")!.getAttribute("aria-label")).toBe("one narrow");
    expect(root.querySelector("title")!.textContent).toBe("1 & 2");
  });

  test("a picture the fragment lacks stays, and its image loads after all", async () => {
    const root = section(["one", "missing"]);
    vi.stubGlobal("fetch", respond({ one: { narrow: "<svg></svg>", wide: "<svg></svg>" } }));
    holdBackImages(root);
    await inlineFigures(root);
    expect(root.querySelectorAll("picture")).toHaveLength(1);
    expect(root.querySelector("picture img")!.getAttribute("src")).toBe("/figures/missing-narrow-light.svg");
  });

  test.each([
    ["the server says no", () => respond({}, false)],
    ["the network fails", () => vi.fn(async () => Promise.reject(new Error("offline")))],
  ])("when %s, every picture stays and loads its image", async (_, make) => {
    const root = section(["one", "two"]);
    vi.stubGlobal("fetch", make());
    holdBackImages(root);
    await inlineFigures(root);
    expect(root.querySelectorAll("picture")).toHaveLength(2);
    expect([...root.querySelectorAll("img")].map((img) => img.getAttribute("src"))).toEqual([
      "/figures/one-narrow-light.svg",
      "/figures/two-narrow-light.svg",
    ]);
  });

  test("does nothing, and fetches nothing, without a fragment address or pictures", async () => {
    const fetch = respond({});
    vi.stubGlobal("fetch", fetch);
    await inlineFigures(section(["one"], ""));
    await inlineFigures(section([]));
    expect(fetch).not.toHaveBeenCalled();
  });
});
