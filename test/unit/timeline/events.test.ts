import { describe, expect, test } from "vitest";
import {
  displayDate,
  EVENT_KEY,
  eventKey,
  eventSpan,
  eventsInView,
  highlightedEvents,
  isHighlighted,
  peopleIn,
  stepEvents,
  type TimelineEvent,
} from "../../../src/lib/timeline/events.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const event = (
  date: string,
  category: TimelineEvent["category"],
  over: Partial<TimelineEvent> = {},
): TimelineEvent => ({
  ...frozenData.timeline[0]!,
  date,
  category,
  title: `${category} on ${date}`,
  date_precision: "day",
  people: [],
  ...over,
});

describe("timeline events", () => {
  test("a month-precision event spans to the first day of the next month, across a year end", () => {
    expect(eventSpan({ date: "2025-12-01", date_precision: "month" })).toEqual({
      start: "2025-12-01",
      end: "2026-01-01",
    });
    expect(eventSpan({ date: "2021-05-23", date_precision: "day" })).toEqual({
      start: "2021-05-23",
      end: "2021-05-23",
    });
  });

  test("the story lists each event its steps highlight once, in date order, and no other", () => {
    const states = [
      { from: "2021-01-01", to: "2021-12-31", highlight: ["law", "2021-05-23:arrest"] },
      { from: "2021-05-01", to: "2021-06-30", highlight: ["law"] },
    ];
    const listed = stepEvents(frozenData.timeline, states);
    expect(listed.map((event) => `${event.date}:${event.category}`)).toEqual([
      "2021-05-23:arrest",
      "2021-05-24:law",
      "2021-07-23:law",
    ]);
  });
});

describe("eventKey, EVENT_KEY and displayDate", () => {
  test("an event's key is its date and category, and EVENT_KEY accepts exactly that form", () => {
    expect(eventKey({ date: "2021-05-23", category: "arrest" })).toBe("2021-05-23:arrest");
    expect(EVENT_KEY.test("2021-05-23:arrest")).toBe(true);
    expect(EVENT_KEY.test("2021-05-23:riot")).toBe(false);
    expect(EVENT_KEY.test("2021-05:arrest")).toBe(false);
    expect(EVENT_KEY.test(" 2021-05-23:arrest")).toBe(false);
    for (const e of frozenData.timeline) expect(EVENT_KEY.test(eventKey(e)), eventKey(e)).toBe(true);
  });

  test("a month event is shown as its month, a day event as its day", () => {
    expect(displayDate({ date: "2020-10-01", date_precision: "month" })).toBe("2020-10");
    expect(displayDate({ date: "2020-10-01", date_precision: "day" })).toBe("2020-10-01");
  });
});

describe("eventsInView(events, selection)", () => {
  const events = [
    event("2021-06-01", "law", { title: "b" }),
    event("2021-06-01", "law", { title: "a" }),
    event("2020-12-01", "exile", { date_precision: "month" }),
    event("2022-01-01", "arrest"),
  ];

  test("keeps events in the period, inclusive, sorted by date then title", () => {
    const inView = eventsInView(events, { from: "2021-01-02", to: "2021-06-01" });
    expect(inView.map((e) => `${e.date} ${e.title}`)).toEqual(["2021-06-01 a", "2021-06-01 b"]);
  });

  test("counts a month event whose month overlaps the period", () => {
    expect(eventsInView(events, { from: "2020-12-31", to: "2021-01-31" }).map((e) => e.category)).toEqual(["exile"]);
    expect(eventsInView(events, { from: "2021-01-02", to: "2021-01-31" })).toEqual([]);
  });

  test("an open end keeps everything on that side", () => {
    expect(eventsInView(events, {})).toHaveLength(4);
    expect(eventsInView(events, { from: "2021-07-01" }).map((e) => e.date)).toEqual(["2022-01-01"]);
    expect(eventsInView(events, { to: "2020-12-15" }).map((e) => e.date)).toEqual(["2020-12-01"]);
  });
});

describe("isHighlighted, highlightedEvents and peopleIn", () => {
  test("an event is highlighted by its category or its own key, and by nothing by default", () => {
    const e = event("2021-05-23", "arrest");
    expect(isHighlighted(e, ["arrest"])).toBe(true);
    expect(isHighlighted(e, ["2021-05-23:arrest"])).toBe(true);
    expect(isHighlighted(e, ["2021-05-24:arrest", "law"])).toBe(false);
    expect(isHighlighted(e)).toBe(false);
  });

  test("highlightedEvents keeps the highlighted events within the period", () => {
    const events = [event("2021-05-23", "arrest"), event("2021-05-24", "law"), event("2023-01-01", "law")];
    const chosen = highlightedEvents(events, { from: "2021-01-01", to: "2021-12-31", highlight: ["law"] });
    expect(chosen.map(eventKey)).toEqual(["2021-05-24:law"]);
  });

  test("peopleIn lists each person once, sorted", () => {
    const events = [
      event("2021-01-01", "law", { people: ["Ihar Losik", "Ales Bialiatski"] }),
      event("2021-01-02", "law", { people: ["Ihar Losik"] }),
    ];
    expect(peopleIn(events)).toEqual(["Ales Bialiatski", "Ihar Losik"]);
  });
});
