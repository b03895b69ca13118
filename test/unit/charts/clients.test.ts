import { parseHTML } from "linkedom";
import { afterEach, describe, expect, test, vi } from "vitest";
import { chartIds } from "../../../src/lib/charts/chartStates.ts";
import { chartClient, chartClients, loadChartClients } from "../../../src/lib/charts/clients.ts";

afterEach(() => vi.unstubAllGlobals());

describe("chartClients and chartClient(id)", () => {
  test("every chart has browser code, and each loads a module with mount(section)", async () => {
    expect(Object.keys(chartClients).sort()).toEqual([...chartIds].sort());
    for (const id of chartIds) expect(typeof (await chartClients[id]()).mount, id).toBe("function");
  });

  test("finds a chart's loader by the id a page names, and nothing for an unknown or inherited name", () => {
    expect(chartClient("timeline")).toBe(chartClients.timeline);
    for (const id of [undefined, "", "no-such-chart", "constructor", "__proto__", "toString"]) {
      expect(chartClient(id), String(id)).toBeUndefined();
    }
  });
});

describe("loadChartClients(sections)", () => {
  test("holds back each section's images, then, as a section nears, inlines its figures and mounts its chart once", async () => {
    const { document } = parseHTML(
      `<!doctype html><html><body><section data-chart="no-such-chart"><picture data-figure="a"><img src="/a.svg"></picture></section></body></html>`,
    );
    let callback: ((entries: { isIntersecting: boolean; target: Element }[]) => void) | undefined;
    const observed: Element[] = [];
    const unobserved: Element[] = [];
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        constructor(cb: typeof callback, options: { rootMargin: string }) {
          callback = cb;
          expect(options.rootMargin).toBe("100% 0px");
        }
        observe(element: Element) {
          observed.push(element);
        }
        unobserve(element: Element) {
          unobserved.push(element);
        }
      },
    );
    const listeners: Record<string, () => void> = {};
    vi.stubGlobal("window", { addEventListener: (type: string, listener: () => void) => (listeners[type] = listener) });
    vi.stubGlobal("document", document);
    const fetch = vi.fn(async () => ({ ok: false }) as Response);
    vi.stubGlobal("fetch", fetch);
    const section = document.querySelector("section") as unknown as HTMLElement;
    section.dataset.figures = "/figures/one.json";
    loadChartClients([section]);
    expect(observed).toEqual([section]);
    expect(section.querySelector("img")!.hasAttribute("src")).toBe(false);

    callback!([{ isIntersecting: false, target: section }]);
    expect(fetch).not.toHaveBeenCalled();
    callback!([{ isIntersecting: true, target: section }]);
    expect(unobserved).toEqual([section]);
    await vi.waitFor(() => expect(section.querySelector("img")!.getAttribute("src")).toBe("/a.svg"));
    expect(fetch).toHaveBeenCalledWith("/figures/one.json");

    listeners.beforeprint!();
    expect((section.querySelector("img") as HTMLImageElement).loading).toBe("eager");
  });
});
