import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { formatters } from "../../src/lib/i18n/format.ts";
import { appendRows } from "../helpers/csvCell.ts";
import { editedSite, NEW_EVENT_EDITIONS, NEW_EVENT_TITLE as TITLE } from "../helpers/editedSite.ts";
import { copyData, runBuild } from "../helpers/runBuild.ts";
import { builtStepSvg } from "../helpers/stepFigures.ts";

const workDir = inject("workDir");

describe("an event row added to a copy of timeline.csv", () => {
  let story: Document;
  let storySvg: (id: string, width: "narrow" | "wide") => SVGSVGElement | undefined;
  let events: Document;
  let outDir: string;

  beforeAll(async () => {
    // The edited build (test/helpers/editedSite.ts) added the event to timeline.csv.
    ({ outDir } = await editedSite());
    story = parseHTML(readFileSync(join(outDir, "index.html"), "utf8")).document;
    storySvg = (id, width) => builtStepSvg(outDir, id, width);
    events = parseHTML(readFileSync(join(outDir, "events", "index.html"), "utf8")).document;
  });

  test("appears in all three editions in their own words: each events page, each story's step and table", () => {
    for (const { locale, folder, title, figure } of NEW_EVENT_EDITIONS) {
      const edition = join(outDir, folder);
      const page = parseHTML(readFileSync(join(edition, "events", "index.html"), "utf8")).document;
      expect(page.documentElement.getAttribute("lang")).toBe(locale);
      const item = [...page.querySelectorAll('[data-year="2020"] li.event')].find((li) =>
        li.textContent?.includes(title),
      );
      expect(item?.textContent, locale).toContain(figure);
      expect(item?.textContent).toContain(formatters(locale).date("2020-11-15"));
      expect(item?.querySelector("a")?.getAttribute("href")).toBe("https://example.org/test");
      // The story's timeline step draws it, and its table of step events lists it, in the edition's words.
      expect(builtStepSvg(edition, "prosecutions-detentions", "wide")?.textContent, locale).toContain(title);
      const table = parseHTML(readFileSync(join(edition, "index.html"), "utf8")).document;
      expect(table.querySelector("#prosecutions-data tbody")?.textContent, locale).toContain(title);
      // No other edition's words leak in.
      for (const other of NEW_EVENT_EDITIONS.filter((candidate) => candidate.locale !== locale))
        expect(page.querySelector("main")?.textContent).not.toContain(other.title);
    }
  });

  test("is numbered in the timeline step whose period and kind it falls in, between its neighbours by date", () => {
    // The "detentions" step highlights protests from August 2020 to March 2021.
    for (const width of ["narrow", "wide"] as const) {
      const svg = storySvg("prosecutions-detentions", width)!;
      // The first line of each numbered entry starts with its date; wrapped lines do not.
      const lines = [...svg.querySelectorAll(".timeline-key text:not(.timeline-key-number)")]
        .map((node) => node.textContent ?? "")
        .filter((line) => /^\d{1,2} \w+ \d{4} · /.test(line));
      const index = lines.findIndex((line) => line.startsWith("15 November 2020 · Example: Sunday march"));
      expect(index, lines.join("\n")).toBeGreaterThan(0);
      expect(lines[index - 1]).toMatch(/^28 October 2020 · /);
      expect(lines[index + 1]).toMatch(/^18 February 2021 · /);
      const titles = [...svg.querySelectorAll(".timeline-event.is-highlighted title")].map((t) => t.textContent);
      expect(titles).toContain(`15 November 2020 · Protest · ${TITLE} (40+ detained) · Source: Example source`);
    }
    // A step of another period does not show it.
    expect(storySvg("prosecutions-year-2021", "wide")?.textContent).not.toContain(TITLE);
  });

  test("appears in the story's table of step events in date order, with its source link", () => {
    const rows = [...story.querySelectorAll("#prosecutions-data tbody tr")];
    const index = rows.findIndex((row) => row.textContent?.includes(TITLE));
    expect(index).toBeGreaterThan(0);
    const date = (row: Element | undefined) => row?.querySelector("time")?.getAttribute("datetime") ?? "";
    expect(date(rows[index])).toBe("2020-11-15");
    expect(date(rows[index - 1]) <= "2020-11-15").toBe(true);
    expect(date(rows[index + 1]) >= "2020-11-15").toBe(true);
    const link = rows[index]!.querySelector("a")!;
    expect(link.getAttribute("href")).toBe("https://example.org/test");
    expect(link.getAttribute("rel")).toContain("noopener noreferrer");
  });

  test("appears on the events page under its year, in date order, with its kind, figure and source", () => {
    const items = [...events.querySelectorAll('[data-year="2020"] li.event')];
    const index = items.findIndex((item) => item.textContent?.includes(TITLE));
    expect(index).toBeGreaterThan(0);
    const item = items[index]!;
    expect(item.querySelector("time")?.getAttribute("datetime")).toBe("2020-11-15");
    expect(item.getAttribute("data-category")).toBe("protest");
    expect(item.getAttribute("data-people")).toBe("Example Person");
    expect(item.querySelector("details summary")?.textContent).toBe(TITLE);
    expect(item.querySelector(".event-figure")?.textContent).toContain("40+ detained");
    // The source line sits outside the <details>, so it shows while the event is closed.
    expect(item.querySelector(".event-source a")?.closest("details")).toBeNull();
    expect(items[index - 1]!.getAttribute("data-date")! <= "2020-11-15").toBe(true);
    const dates = [...events.querySelectorAll("li.event")].map((li) => li.getAttribute("data-date") ?? "");
    expect(dates).toEqual([...dates].sort());
  });
});

describe("a timeline row with a bad category or date", () => {
  test("stops the build with file:line:column messages naming the cell", async () => {
    const dataDir = copyData(workDir);
    const line = appendRows(join(dataDir, "timeline.csv"), [
      "2021-05-02,day,riot,A title,Загаловак,Заголовок,A description.,Апісанне.,Описание.,,,,,https://example.org/a,Example",
      "2021-02-30,day,law,A title,Загаловак,Заголовок,A description.,Апісанне.,Описание.,,,,,https://example.org/b,Example",
    ]);
    const { status, output } = await runBuild({
      dataDir,
      outDir: join(workDir, "dist-bad-event"),
      cacheDir: join(workDir, "cache-bad-event"),
      precheckOnly: true,
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `timeline.csv:${line}:category  not an allowed value — expected one of election, protest, arrest, sentence, law, exile, release, death, media, international, found "riot"`,
    );
    expect(output).toMatch(
      new RegExp(
        `timeline\\.csv:${line + 1}:date  not a real calendar date \\(February 2021 has 28 days\\) — .*found "2021-02-30"`,
      ),
    );
  });
});
