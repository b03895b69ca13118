import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { SVG_NS, svgMaker } from "../../../src/lib/charts/svgElement.ts";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

describe("svgMaker(document)", () => {
  test("SVG_NS is the SVG namespace", () => {
    expect(SVG_NS).toBe("http://www.w3.org/2000/svg");
  });

  test("makes an element in the SVG namespace with every attribute set as text", () => {
    const el = svgMaker(document as unknown as Document);
    const circle = el("circle", { r: 2, cx: 4.5, cy: "7" });
    expect(circle.namespaceURI).toBe(SVG_NS);
    expect(circle.localName).toBe("circle");
    expect(circle.getAttributeNames().sort()).toEqual(["cx", "cy", "r"]);
    expect(circle.getAttribute("r")).toBe("2");
    expect(circle.getAttribute("cx")).toBe("4.5");
    expect(circle.getAttribute("cy")).toBe("7");
  });

  test("appends to the parent when one is given, and to nothing otherwise", () => {
    const el = svgMaker(document as unknown as Document);
    const svg = el("svg");
    const group = el("g", {}, svg);
    const line = el("line", { x1: 0 }, group);
    expect(svg.firstChild).toBe(group);
    expect(group.lastChild).toBe(line);
    expect(el("rect").parentNode).toBeNull();
    expect(line.getAttribute("x1")).toBe("0");
  });

  test("makes an element with no attributes when none are given", () => {
    expect(svgMaker(document as unknown as Document)("g").attributes.length).toBe(0);
  });
});
