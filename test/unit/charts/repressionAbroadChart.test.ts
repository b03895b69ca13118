import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import {
  repressionAbroadChart,
  type AbroadChartOptions,
  type AbroadTheme,
} from "../../../src/lib/charts/repressionAbroadChart.ts";
import { renderToString } from "../../../src/lib/charts/renderToString.ts";
import { textWidth } from "../../../src/lib/charts/textWidth.ts";
import { formatters } from "../../../src/lib/i18n/format.ts";
import type { TimelineEvent } from "../../../src/lib/timeline/events.ts";
import { frozenData } from "../../helpers/frozenData.ts";

const format = formatters("en");
const real = frozenData.timeline;
/** A real event with its date, precision and title replaced, so each test says what it draws. */
const event = (date: string, title: string, precision: TimelineEvent["date_precision"] = "day"): TimelineEvent => ({
  ...real[0]!,
  date,
  title,
  date_precision: precision,
});

const themes: AbroadTheme[] = [
  {
    id: "in-absentia",
    label: "Trials in absentia",
    figures: [{ text: "112 people convicted in absentia", source_name: "Viasna" }],
    events: [event("2022-07-21", "Law signed"), event("2023-01", "First verdict", "month")],
  },
  {
    id: "relatives",
    label: "Pressure on relatives at home",
    figures: [],
    events: [event("2024-01-23", "Raids on families <script>alert(1)</script>")],
  },
];

const draw = (options: Partial<AbroadChartOptions> = {}) => {
  const markup = renderToString((document) =>
    repressionAbroadChart({
      width: 600,
      document,
      themes,
      focus: [],
      period: { from: "2020-01-01", to: "2027-01-01" },
      text: { label: "Repression abroad", date: format.date, source: "Source:" },
      ...options,
    }),
  );
  return { markup, document: parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document };
};
const texts = (document: Document, selector: string) =>
  [...document.querySelectorAll(selector)].map((node) => node.textContent ?? "");

describe("repressionAbroadChart(options)", () => {
  test("draws a block per theme with its heading, counts and a mark per event", () => {
    const { document } = draw();
    expect([...document.querySelectorAll(".abroad-theme")].map((node) => node.getAttribute("data-theme"))).toEqual([
      "in-absentia",
      "relatives",
    ]);
    expect(texts(document, "text")).toContain("Trials in absentia");
    expect(texts(document, "text")).toContain("112 people convicted in absentia");
    expect(document.querySelectorAll(".abroad-event")).toHaveLength(3);
  });

  test("draws a month-precision event as a bar across its month, and a day event as a dot", () => {
    const { document } = draw();
    const bar = document.querySelector("rect.abroad-event");
    expect(bar?.querySelector("title")?.textContent).toMatch(/^January 2023 · First verdict/);
    expect(Number(bar?.getAttribute("width"))).toBeGreaterThan(2);
    expect(document.querySelector("circle.abroad-event title")?.textContent).toMatch(/^21 July 2022 · Law signed/);
  });

  test("lists a focused theme's events in full and dims the others; the overview lists none", () => {
    expect(texts(draw().document, "text").some((line) => line.startsWith("• "))).toBe(false);
    const { document } = draw({ focus: ["relatives"] });
    const focused = document.querySelector('[data-theme="relatives"]')!;
    const other = document.querySelector('[data-theme="in-absentia"]')!;
    expect(focused.getAttribute("class")).toContain("is-focused");
    expect(other.getAttribute("fill-opacity")).toBe("0.65");
    expect(texts(focused as unknown as Document, "text").some((line) => line.startsWith("• 23 January 2024"))).toBe(
      true,
    );
    expect(texts(other as unknown as Document, "text").some((line) => line.startsWith("• "))).toBe(false);
  });

  test("wraps lines to a phone's width, so the chart grows taller rather than wider", () => {
    const wide = draw({ focus: ["relatives"] }).document.querySelector("svg")!;
    const narrow = draw({ focus: ["relatives"], width: 360 }).document.querySelector("svg")!;
    expect(narrow.getAttribute("width")).toBe("360");
    expect(Number(narrow.getAttribute("height"))).toBeGreaterThanOrEqual(Number(wide.getAttribute("height")));
    for (const line of texts(narrow as unknown as Document, "text")) expect(textWidth(line, 12)).toBeLessThan(360);
  });

  test("sets every word as text, never as markup", () => {
    const { markup, document } = draw({ focus: ["relatives"] });
    expect(document.querySelector("script")).toBeNull();
    expect(markup).toContain("&lt;script&gt;");
  });
});
