import { parseHTML } from "linkedom";
import { afterEach, describe, expect, test, vi } from "vitest";
import { pointFocus, type PointFocusOptions } from "../../../src/lib/charts/pointFocus.ts";

afterEach(() => vi.unstubAllGlobals());

/** A chart in a linkedom page, with boxes for its marks (linkedom does no layout). */
function chart(marks: string, options?: PointFocusOptions) {
  const window = parseHTML(`<!doctype html><html><body><div class="holder"><svg>${marks}</svg></div></body></html>`);
  const { document } = window;
  vi.stubGlobal("document", document);
  const svg = document.querySelector("svg") as unknown as SVGSVGElement;
  const holder = document.querySelector(".holder")!;
  holder.getBoundingClientRect = () => ({ left: 100, top: 50 }) as DOMRect;
  svg.querySelectorAll("circle, g").forEach((element, i) => {
    element.getBoundingClientRect = () => ({ left: 100 + i * 10, top: 60, width: 4, height: 6, bottom: 66 }) as DOMRect;
  });
  pointFocus(svg, options);
  const fire = (type: string, init: Record<string, unknown> = {}) => {
    const event = Object.assign(new window.Event(type, { cancelable: true, bubbles: true }), init);
    ((init.target as Element | undefined) ?? svg).dispatchEvent(event);
    return event;
  };
  const tip = holder.querySelector("p.chart-tip") as HTMLElement | null;
  return { document, svg, holder, tip, fire };
}
const POINTS = `<circle><title>24 · 31 Jul 2020</title></circle><circle></circle><circle><title>1,140 · 5 Mar 2026</title></circle><circle><title>1,131 · 31 Dec 2025</title></circle>`;

describe("pointFocus(svg, options)", () => {
  test("makes the chart one tab stop with a hidden status tip beside it", () => {
    const { svg, holder, tip } = chart(POINTS);
    expect(svg.getAttribute("tabindex")).toBe("0");
    expect(holder.classList.contains("has-tip")).toBe(true);
    expect(tip!.getAttribute("role")).toBe("status");
    expect(tip!.hidden).toBe(true);
  });

  test("does nothing to a chart without titled marks", () => {
    const { svg, tip } = chart("<circle></circle><rect><title>not a mark</title></rect>");
    expect(svg.hasAttribute("tabindex")).toBe(false);
    expect(tip).toBeNull();
  });

  test("focus shows the last titled mark's title, marked current, and positions the tip at its top", () => {
    const { svg, tip, fire } = chart(POINTS);
    fire("focus");
    expect(tip!.hidden).toBe(false);
    expect(tip!.textContent).toBe("1,131 · 31 Dec 2025");
    const marks = [...svg.querySelectorAll("circle")];
    expect(marks.map((m) => m.classList.contains("is-focused"))).toEqual([false, false, false, true]);
    expect(tip!.style.getPropertyValue("--x")).toBe(`${100 + 3 * 10 + 2 - 100}px`);
    expect(tip!.style.getPropertyValue("--y")).toBe("10px");
  });

  test("arrow keys step through titled marks only, stopping at the ends; Home and End jump", () => {
    const { tip, fire } = chart(POINTS);
    fire("focus");
    const key = (k: string) => {
      const event = fire("keydown", { key: k });
      return [tip!.textContent, event.defaultPrevented];
    };
    expect(key("ArrowLeft")).toEqual(["1,140 · 5 Mar 2026", true]);
    expect(key("ArrowLeft")).toEqual(["24 · 31 Jul 2020", true]);
    expect(key("ArrowLeft")).toEqual(["24 · 31 Jul 2020", true]);
    expect(key("End")).toEqual(["1,131 · 31 Dec 2025", true]);
    expect(key("ArrowRight")).toEqual(["1,131 · 31 Dec 2025", true]);
    expect(key("Home")).toEqual(["24 · 31 Jul 2020", true]);
    expect(key("a")).toEqual(["24 · 31 Jul 2020", false]);
  });

  test("blur hides the tip and clears the current mark", () => {
    const { svg, tip, fire } = chart(POINTS);
    fire("focus");
    fire("blur");
    expect(tip!.hidden).toBe(true);
    expect(svg.querySelectorAll(".is-focused")).toHaveLength(0);
  });

  test("options: other marks, the first to start, another class, the tip below, and hover", () => {
    const marks = `<g class="estimate"><title>A</title><line></line></g><circle><title>B</title></circle>`;
    const { svg, tip, fire } = chart(marks, {
      marks: "g.estimate, circle",
      start: "first",
      current: "is-current",
      tipAt: "bottom",
      hover: true,
    });
    fire("focus");
    expect(tip!.textContent).toBe("A");
    expect(svg.querySelector("g")!.classList.contains("is-current")).toBe(true);
    expect(tip!.style.getPropertyValue("--y")).toBe("16px");
    fire("blur");
    fire("pointerover", { target: svg.querySelector("circle")! });
    expect(tip!.textContent).toBe("B");
    expect(tip!.hidden).toBe(false);
    fire("pointerleave");
    expect(tip!.hidden).toBe(true);
  });

  test("without hover, pointing at a mark shows nothing", () => {
    const { svg, tip, fire } = chart(POINTS);
    fire("pointerover", { target: svg.querySelector("circle")! });
    expect(tip!.hidden).toBe(true);
  });
});
