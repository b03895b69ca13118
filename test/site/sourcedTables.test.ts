import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { syntheticData } from "../../scripts/lib/syntheticData.ts";
import { latestByCountryAndMetric, mappable } from "../../src/lib/data/exileFigures.ts";
import { readStoryData, type StoryData } from "../../src/lib/data/storyData.ts";
import { stepEvents, type EventSelection } from "../../src/lib/timeline/events.ts";
import { TIMELINE_CATEGORIES } from "../../src/lib/data/schemas/timeline.ts";
import { readChapters } from "../helpers/chapters.ts";
import { appendRows } from "../helpers/csvCell.ts";
import { runBuild, warmCacheDir } from "../helpers/runBuild.ts";

const siteDir = inject("siteDir");
const workDir = inject("workDir");
const chapters = readChapters("en");
const timelineStates = chapters
  .filter((chapter) => chapter.graphic === "timeline")
  .flatMap((chapter) => chapter.steps.map((step) => step.state as EventSelection));

/**
 * Each table of the story page, found by the region that holds it, with the number of rows it
 * stands for in the data: every row of its file, or the rows it is built from.
 */
const tables = {
  prisoners: { region: "#political-prisoners-data .table-scroll", rows: (d: StoryData) => d.politicalPrisoners.length },
  events: {
    region: "#prosecutions-data .table-scroll",
    rows: (d: StoryData) => stepEvents(d.timeline, timelineStates).length,
  },
  destinations: {
    region: '#exile-map-data .table-scroll[aria-label^="Destination countries"]',
    // One figure per country and series: counted here without the code that builds the table.
    rows: (d: StoryData) => new Set(mappable(d.exileDestinations).map((row) => `${row.iso3}|${row.metric}`)).size,
  },
  hubs: {
    region: '#exile-map-data .table-scroll[aria-label="Cities where exiles gathered"]',
    rows: (d: StoryData) => d.exileHubs.length,
  },
  estimates: {
    region: '#exile-map-data .table-scroll[aria-label^="Published estimates"]',
    rows: (d: StoryData) => d.emigrationEstimates.length,
  },
};
type TableName = keyof typeof tables;
const isCategory = (key: string) => (TIMELINE_CATEGORIES as readonly string[]).includes(key);

const story = (dir: string) => parseHTML(readFileSync(join(dir, "index.html"), "utf8")).document;
const region = (document: Document, name: TableName) => {
  const found = document.querySelector(tables[name].region);
  if (!found) throw new Error(`no table region ${tables[name].region}`);
  return found;
};
/** The whole numbers a line of text states, in order ("the 120 most recent of 6,400" → [120, 6400]). */
const numbersIn = (text: string) => [...text.matchAll(/\d[\d,]*/g)].map((match) => Number(match[0].replace(/,/g, "")));

describe("the story's data tables at the real data size", () => {
  const document = story(siteDir);
  const data = readStoryData("data");

  test.each(Object.keys(tables) as TableName[])(
    "the %s table shows every row, and says nothing is left out",
    (name) => {
      const table = region(document, name);
      expect(table.querySelectorAll("tbody tr")).toHaveLength(tables[name].rows(data));
      expect(table.hasAttribute("aria-describedby")).toBe(false);
    },
  );

  test("no table on the page says it is cut", () => {
    expect(document.querySelectorAll(".table-limit")).toHaveLength(0);
  });

  test("/data/exile-destinations-latest.csv has exactly the destination table's rows", () => {
    const csv = Papa.parse<Record<string, string>>(
      readFileSync(join(siteDir, "data", "exile-destinations-latest.csv"), "utf8"),
      { header: true },
    ).data;
    const rows = [...region(document, "destinations").querySelectorAll("tbody tr")];
    expect(csv.map((row) => `${row.iso3} ${row.metric}`)).toEqual(
      rows.map((row) => `${row.getAttribute("data-country")} ${row.getAttribute("data-metric")}`),
    );
  });
});

describe("the story's data tables with more rows than they may show", () => {
  let document: Document;
  let data: StoryData;
  let outDir: string;

  beforeAll(async () => {
    // Three times the real data (scripts/lib/syntheticData.ts), plus hubs, estimates and events
    // that a step highlights, which the generator does not make, so that every table has more rows
    // than it may show. Three times is enough for the prisoner and destination tables, and the
    // tables' bounds, not the data's size, then decide every length checked below. At thirty times
    // (npm run bench:scale's size) the same checks held, but redrawing every chart for that data
    // made this build a minute of the suite's time on a loaded machine (issue 13).
    const dataDir = join(mkdtempSync(join(workDir, "tables-")), "data");
    syntheticData(dataDir, 3);
    const extra = Array.from({ length: 40 }, (_, i) => i);
    // A step that highlights a whole category over a period: events of it in that period are
    // listed in the chapter's table, so a hundred of them go well past its bound (60 events today).
    const step = timelineStates.find((state) => state.from && state.to && state.highlight?.some(isCategory))!;
    const category = step.highlight!.find(isCategory)!;
    const first = Date.parse(`${step.from}T00:00:00Z`);
    const days = (Date.parse(`${step.to}T00:00:00Z`) - first) / 86_400_000;
    appendRows(
      join(dataDir, "timeline.csv"),
      Array.from({ length: 100 }, (_, i) => {
        const date = new Date(first + (i % (days + 1)) * 86_400_000).toISOString().slice(0, 10);
        return `${date},day,${category},Synthetic event ${i},Сінтэтычная падзея ${i},Синтетическое событие ${i},A synthetic description.,Сінтэтычнае апісанне.,Синтетическое описание.,,,,,https://example.org/event-${i},Synthetic row`;
      }),
    );
    appendRows(
      join(dataDir, "exile-hubs.csv"),
      extra.map(
        (i) =>
          `Synthetic hub ${i},Сінтэтычны горад ${i},Синтетический город ${i},Poland,POL,616,52.1,21.1,,,,https://example.org/hub-${i},Synthetic row`,
      ),
    );
    appendRows(
      join(dataDir, "emigration-estimates.csv"),
      extra.map(
        (i) =>
          `2020-09-${String((i % 30) + 1).padStart(2, "0")},${1000 + i},,Synthetic scope,Сінтэтычны ахоп,Синтетический охват,https://example.org/estimate-${i},Synthetic row,`,
      ),
    );
    outDir = join(dataDir, "..", "dist");
    // Without the PNGs: three times the data redraws every image, and this test reads only pages and CSVs.
    const { status, output } = await runBuild({
      dataDir,
      outDir,
      cacheDir: warmCacheDir(join(dataDir, "..")),
      skipImages: true,
    });
    expect(status, output).toBe(0);
    document = story(outDir);
    data = readStoryData(dataDir);
  });

  test.each(Object.keys(tables) as TableName[])(
    "the %s table shows fewer rows than there are, says how many of how many, and links to every row",
    (name) => {
      const table = region(document, name);
      // The region is described by the line that says the table is cut.
      const describedBy = table.getAttribute("aria-describedby");
      expect(describedBy).toBeTruthy();
      const line = document.getElementById(describedBy!);
      expect(line?.className).toBe("table-limit");
      const total = tables[name].rows(data);
      const shown = table.querySelectorAll("tbody tr").length;
      expect(shown).toBeLessThan(total);
      expect(numbersIn(line!.textContent!).slice(0, 2)).toEqual([shown, total]);
      // The link leads to every row: a CSV file with that many rows, or the page of every event.
      const href = line!.querySelector("a")!.getAttribute("href")!;
      const [path, fragment] = href.split("#");
      if (path!.endsWith(".csv")) {
        const file = join(outDir, path!);
        expect(existsSync(file), href).toBe(true);
        expect(Papa.parse(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data).toHaveLength(total);
      } else {
        const page = story(join(outDir, path!));
        const events = page.querySelectorAll(`#${fragment} li.event`);
        expect(events.length).toBeGreaterThanOrEqual(total);
      }
    },
  );

  test("the destination table keeps what the map draws and every country, and the prisoner table the latest count", () => {
    const countries = new Set(mappable(data.exileDestinations).map((row) => row.iso3));
    const listed = [...region(document, "destinations").querySelectorAll("tbody tr")];
    expect(new Set(listed.map((row) => row.getAttribute("data-country")))).toEqual(countries);
    const circles = latestByCountryAndMetric(mappable(data.exileDestinations)).filter(
      (row) => row.metric === "residence_permits_valid",
    );
    for (const row of circles)
      expect(
        listed.some(
          (tr) => tr.getAttribute("data-country") === row.iso3 && tr.getAttribute("data-metric") === row.metric,
        ),
      ).toBe(true);
    const latest = [...data.politicalPrisoners].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
    expect(region(document, "prisoners").querySelector("tbody tr:last-child time")?.getAttribute("datetime")).toBe(
      latest.date,
    );
  });

  test("every chapter stays under 25 KB (gzip) without its figures", () => {
    for (const figure of document.querySelectorAll(".step-figure")) figure.remove();
    for (const chapter of document.querySelectorAll("section.chapter"))
      expect(gzipSync(chapter.outerHTML).length, chapter.id).toBeLessThan(25_000);
  });
});
