import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { roundCoordinates } from "../../../src/lib/charts/roundCoordinates.ts";

const svg = (markup: string) => parseHTML(`<div>${markup}</div>`).document.querySelector("svg")!;

describe("roundCoordinates(root)", () => {
  test("rounds pixel positions to one decimal, on the root and every descendant", () => {
    const root = svg(
      `<svg width="640.456" height="300"><g transform="translate(12.345,-6.789)"><circle cx="1.25" cy="-3.449" r="2.345"/></g></svg>`,
    );
    roundCoordinates(root);
    expect(root.getAttribute("width")).toBe("640.5");
    expect(root.getAttribute("height")).toBe("300");
    expect(root.querySelector("g")!.getAttribute("transform")).toBe("translate(12.3,-6.8)");
    const circle = root.querySelector("circle")!;
    expect(circle.getAttribute("cy")).toBe("-3.4");
    expect(Number(circle.getAttribute("cx"))).toBeCloseTo(1.3, 5);
  });

  test("rounds every number inside a path", () => {
    const root = svg(`<svg><path d="M0.123,4.567L10.5,20.05Z"/></svg>`);
    roundCoordinates(root);
    expect(root.querySelector("path")!.getAttribute("d")).toBe("M0.1,4.6L10.5,20.1Z");
  });

  test("leaves alone attributes that are not positions, and numbers with one decimal", () => {
    const root = svg(`<svg><circle r="2.345" fill-opacity="0.125" x="3.5"/><text font-size="12.75">1.234</text></svg>`);
    roundCoordinates(root);
    const circle = root.querySelector("circle")!;
    expect(circle.getAttribute("r")).toBe("2.345");
    expect(circle.getAttribute("fill-opacity")).toBe("0.125");
    expect(circle.getAttribute("x")).toBe("3.5");
    expect(root.querySelector("text")!.getAttribute("font-size")).toBe("12.75");
    expect(root.querySelector("text")!.textContent).toBe("1.234");
  });

  test("does not add attributes that were absent", () => {
    const root = svg(`<svg><g/></svg>`);
    roundCoordinates(root);
    expect(root.querySelector("g")!.attributes.length).toBe(0);
  });
});
