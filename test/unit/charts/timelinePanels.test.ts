import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { timelineText } from "../../../src/lib/charts/timeline.ts";
import { day, layout } from "../../../src/lib/charts/timelineLayout.ts";
import { contextPanel, eventsPanel, markerPanel, type PanelFrame } from "../../../src/lib/charts/timelinePanels.ts";
import type { ContextSeries, Numbered } from "../../../src/lib/charts/timelineTypes.ts";
import { TIMELINE_CATEGORIES } from "../../../src/lib/data/schemas/timeline.ts";
import type { TimelineEvent } from "../../../src/lib/timeline/events.ts";
import { frozenChartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const text = timelineText(frozenChartContext("timeline"));
const frame = (from = "2020-01-01", to = "2026-12-31", width = 640): PanelFrame => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return {
    shared: {
      document: document as unknown as Document,
      width,
      marginLeft: 92,
      marginRight: layout.marginRight,
    },
    domain: [day(from), day(to)],
    from,
    to,
    width,
    text,
  };
};
const titles = (svg: Element, selector: string) =>
  [...svg.querySelectorAll(`${selector} title`)].map((t) => t.textContent);
const series: ContextSeries = {
  axis: "Political prisoners",
  lines: [
    {
      label: "Held",
      points: [
        { date: "2022-01-01", value: 900, source_name: "Viasna" },
        { date: "2021-01-01", value: 200, source_name: "Viasna" },
        { date: "2024-01-01", value: 1400, source_name: "Viasna" },
      ],
    },
  ],
} as ContextSeries;

describe("contextPanel(series, frame)", () => {
  test("draws the points in view, titled with label, value, date and source", () => {
    const svg = contextPanel(series, frame("2021-06-01", "2026-12-31"))!;
    expect(titles(svg, ".timeline-context")).toEqual([
      `Held: ${text.atLeast(900)} · ${text.date("2022-01-01")} · ${text.source} Viasna`,
      `Held: ${text.atLeast(1400)} · ${text.date("2024-01-01")} · ${text.source} Viasna`,
    ]);
    expect(svg.getAttribute("height")).toBe(String(layout.contextHeight(640)));
  });

  test("keeps the whole series' scale when a step shows only part of it", () => {
    const whole = contextPanel(series, frame())!;
    const part = contextPanel(series, frame("2020-01-01", "2021-12-31"))!;
    const ticks = (svg: Element) =>
      [...svg.querySelectorAll("text")].map((t) => t.textContent).filter((t) => /^\d/.test(t ?? ""));
    expect(ticks(part)).toEqual(ticks(whole));
  });

  test("draws nothing when no point is in view", () => {
    expect(contextPanel(series, frame("2010-01-01", "2019-12-31"))).toBeUndefined();
  });
});

describe("markerPanel(numbered, frame)", () => {
  const events = frozenData.timeline.slice(0, 3) as TimelineEvent[];
  const numbered = (levels: number[]): Numbered[] =>
    levels.map((level, i) => ({ event: events[i]!, number: i + 1, x: 0, level }));

  test("draws nothing without numbered events", () => {
    expect(markerPanel([], frame())).toBeUndefined();
  });

  test("a numbered marker per event, titled, its height growing with the stacking levels", () => {
    const one = markerPanel(numbered([0, 0, 0]), frame())!;
    const three = markerPanel(numbered([0, 1, 2]), frame())!;
    expect(
      [...one.querySelectorAll(".timeline-marker-number text, text.timeline-marker-number")].map((t) => t.textContent),
    ).toEqual(["1", "2", "3"]);
    expect(titles(one, ".timeline-marker")).toHaveLength(3);
    const step = layout.markerRadius * 2 + 2;
    expect(Number(one.getAttribute("height"))).toBe(step + 4);
    expect(Number(three.getAttribute("height"))).toBe(3 * step + 4);
  });
});

describe("eventsPanel(events, frame)", () => {
  const day1 = frozenData.timeline.find((e) => e.date_precision === "day")!;
  const month = { ...day1, date: "2021-03-01", date_precision: "month" as const, title: "A month" };

  test("a lane per category, with the edition's names", () => {
    const svg = eventsPanel(
      { background: { events: [], titled: false }, strong: { events: [], titled: false }, keyed: new Set() },
      frame(),
    );
    const words = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    for (const category of TIMELINE_CATEGORIES) expect(words).toContain(text.category(category));
    expect(Number(svg.getAttribute("height"))).toBe(
      TIMELINE_CATEGORIES.length * layout.laneHeight(640) + 4 + layout.axisHeight(640),
    );
  });

  test("only the lanes it is given, in their order, when the chart chooses fewer", () => {
    const lanes = [TIMELINE_CATEGORIES[3]!, TIMELINE_CATEGORIES[1]!];
    const svg = eventsPanel(
      { background: { events: [], titled: false }, strong: { events: [], titled: false }, keyed: new Set(), lanes },
      frame(),
    );
    const words = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    expect(words.filter((word) => TIMELINE_CATEGORIES.some((c) => text.category(c) === word))).toEqual(
      lanes.map((c) => text.category(c)),
    );
    expect(Number(svg.getAttribute("height"))).toBe(2 * layout.laneHeight(640) + 4 + layout.axisHeight(640));
  });

  test("background events are faint dots or month bars, titled only when asked", () => {
    const untitled = eventsPanel(
      { background: { events: [day1, month], titled: false }, strong: { events: [], titled: false }, keyed: new Set() },
      frame(),
    );
    expect(untitled.querySelectorAll(".timeline-event circle, circle.timeline-event")).toHaveLength(1);
    expect(untitled.querySelectorAll(".timeline-event rect, rect.timeline-event")).toHaveLength(1);
    expect(untitled.querySelectorAll("title")).toHaveLength(0);
    const titled = eventsPanel(
      { background: { events: [day1, month], titled: true }, strong: { events: [], titled: false }, keyed: new Set() },
      frame(),
    );
    expect(titled.querySelectorAll("title")).toHaveLength(2);
  });

  test("highlighted events are strong, and a numbered one keeps its title when others lose theirs", () => {
    const other = { ...day1, date: "2022-02-02", title: "Other" };
    const svg = eventsPanel(
      {
        background: { events: [], titled: false },
        strong: { events: [day1, other], titled: false },
        keyed: new Set([day1]),
      },
      frame(),
    );
    const strong = svg.querySelectorAll(".is-highlighted circle, circle.is-highlighted");
    expect(strong).toHaveLength(2);
    const texts = [...svg.querySelectorAll(".is-highlighted title")].map((t) => t.textContent).filter(Boolean);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain(day1.title);
  });
});
