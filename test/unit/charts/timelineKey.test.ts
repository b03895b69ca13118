import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { timelineText } from "../../../src/lib/charts/timeline.ts";
import { appendKey } from "../../../src/lib/charts/timelineKey.ts";
import { layout } from "../../../src/lib/charts/timelineLayout.ts";
import type { Numbered } from "../../../src/lib/charts/timelineTypes.ts";
import type { TimelineEvent } from "../../../src/lib/timeline/events.ts";
import { frozenChartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const text = timelineText(frozenChartContext("timeline"));
const svg = () => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return document.createElementNS("http://www.w3.org/2000/svg", "svg") as unknown as SVGSVGElement;
};
const numbered = (event: TimelineEvent, number: number): Numbered => ({ event, number, x: 0, level: 0 });
const [first, second, third] = frozenData.timeline as [TimelineEvent, TimelineEvent, TimelineEvent];

describe("appendKey(root, numbered, total, width, top, text)", () => {
  test("adds nothing and keeps its top when no event is numbered", () => {
    const root = svg();
    expect(appendKey(root, [], 5, 600, 200, text)).toBe(200);
    expect(root.children.length).toBe(0);
  });

  test("one entry per event, in number order, reading its date and title", () => {
    const root = svg();
    appendKey(root, [numbered(second, 2), numbered(first, 1)], 2, 2000, 0, text);
    const numbers = [...root.querySelectorAll(".timeline-key-number")].map((t) => t.textContent);
    expect(numbers).toEqual(["1", "2"]);
    const lines = [...root.querySelectorAll("text:not([class])")].map((t) => t.textContent);
    expect(lines).toEqual([`${text.date(first.date)} · ${first.title}`, `${text.date(second.date)} · ${second.title}`]);
    expect(root.querySelector(".timeline-key-more")).toBeNull();
  });

  test("a month event is dated by its month", () => {
    const root = svg();
    appendKey(root, [numbered({ ...first, date: "2020-10-01", date_precision: "month" }, 1)], 1, 2000, 0, text);
    expect(root.querySelector("text:not([class])")!.textContent).toMatch(new RegExp(`^${text.date("2020-10")} · `));
  });

  test("a number shares the line of its entry's first line", () => {
    const root = svg();
    appendKey(root, [numbered(first, 1)], 1, 2000, 0, text);
    const [number, line] = [...root.querySelectorAll("text")];
    expect(number!.getAttribute("y")).toBe(line!.getAttribute("y"));
    expect(Number(number!.getAttribute("x"))).toBeLessThan(Number(line!.getAttribute("x")));
  });

  test("wraps a long entry to at most two lines on a narrow chart, and returns the y under the key", () => {
    const long = { ...first, title: "A very long title ".repeat(10).trim() };
    const root = svg();
    const bottom = appendKey(root, [numbered(long, 1)], 1, 320, 100, text);
    const lines = [...root.querySelectorAll("text:not([class])")];
    expect(lines).toHaveLength(2);
    expect(bottom).toBe(100 + 8 + 2 * layout.keyLine(320) + 8);
  });

  test("says how many events are left out of the key", () => {
    const root = svg();
    const bottom = appendKey(root, [numbered(first, 1), numbered(third, 2)], 7, 2000, 0, text);
    expect(root.querySelector(".timeline-key-more")!.textContent).toBe(text.more(5));
    expect(bottom).toBe(8 + 3 * layout.keyLine(2000) + 8);
  });
});
