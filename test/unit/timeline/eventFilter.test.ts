import { describe, expect, test } from "vitest";
import { filterToSearch, matchesFilter, parseFilter } from "../../../src/lib/timeline/eventFilter.ts";

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
