import { describe, expect, test } from "vitest";
import { filterToSearch, matchesFilter, parseFilter } from "../../../src/lib/timeline/eventFilter.ts";
import { eventSpan, stepEvents } from "../../../src/lib/timeline/events.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const known = ["election", "law", "exile"];

describe("the events page's filter in the URL", () => {
  test("reads categories and a person, dropping unknown categories", () => {
    expect(parseFilter("?category=law&category=riot&person=Ales+Bialiatski", known)).toEqual({
      categories: ["law"],
      person: "Ales Bialiatski",
    });
    expect(parseFilter("", known)).toEqual({ categories: [], person: "" });
  });

  test("writes a filter in a stable order that reads back the same", () => {
    const filter = { categories: ["exile", "law"], person: "Ales Bialiatski" };
    const search = filterToSearch(filter, known);
    expect(search).toBe("?category=law&category=exile&person=Ales+Bialiatski");
    expect(parseFilter(search, known)).toEqual({ categories: ["law", "exile"], person: "Ales Bialiatski" });
    expect(filterToSearch({ categories: [], person: "" }, known)).toBe("");
  });

  test("matches an event by any chosen category and by the person", () => {
    const event = { category: "law", people: ["Aliaksandr Lukashenka"] };
    expect(matchesFilter(event, { categories: [], person: "" })).toBe(true);
    expect(matchesFilter(event, { categories: ["exile", "law"], person: "" })).toBe(true);
    expect(matchesFilter(event, { categories: ["exile"], person: "" })).toBe(false);
    expect(matchesFilter(event, { categories: [], person: "Aliaksandr Lukashenka" })).toBe(true);
    expect(matchesFilter(event, { categories: ["law"], person: "Ales Bialiatski" })).toBe(false);
  });
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
