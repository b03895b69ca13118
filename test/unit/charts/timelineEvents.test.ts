import { describe, expect, test } from "vitest";
import { clamp, eventTitle, lastDay, midpoint } from "../../../src/lib/charts/timelineEvents.ts";
import { formatters } from "../../../src/lib/i18n/format.ts";
import type { TimelineEvent } from "../../../src/lib/timeline/events.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const event = (date: string, precision: TimelineEvent["date_precision"]): TimelineEvent => ({
  ...frozenData.timeline[0]!,
  date,
  date_precision: precision,
});

describe("the timeline's event helpers", () => {
  test("a month event's number sits mid-month; a day event's on its day", () => {
    expect(midpoint(event("2020-10-01", "month"))).toBe("2020-10-15");
    expect(midpoint(event("2021-05-23", "day"))).toBe("2021-05-23");
  });

  test("the period ends where the last event does, a month event at the end of its month", () => {
    expect(lastDay([event("2020-01-05", "day"), event("2020-12-01", "month")])).toBe("2021-01-01");
    expect(lastDay([event("2021-05-23", "day")])).toBe("2021-05-23");
    expect(lastDay([])).toBeUndefined();
  });

  test("clamp holds a date within the period", () => {
    expect(clamp("2019-12-01", "2020-01-01", "2020-12-31")).toBe("2020-01-01");
    expect(clamp("2021-02-01", "2020-01-01", "2020-12-31")).toBe("2020-12-31");
    expect(clamp("2020-06-01", "2020-01-01", "2020-12-31")).toBe("2020-06-01");
  });

  test("an event's title gives its date at its precision, category, title and source", () => {
    const format = formatters("en");
    const text = {
      label: "",
      category: (category: string) => category.toUpperCase(),
      date: format.date,
      atLeast: String,
      source: "Source:",
      more: String,
    };
    const title = eventTitle({ ...event("2020-10-01", "month"), title: "Wanted", category: "exile" }, text);
    expect(title).toMatch(/^October 2020 · EXILE · Wanted/);
    expect(title).toContain(`· Source: ${frozenData.timeline[0]!.source_name}`);
  });
});
