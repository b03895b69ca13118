import { appendFileSync, cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TIMELINE_CATEGORIES } from "../../src/lib/data/schemas/timeline.ts";

/** Where every synthetic row says it comes from, so no one could mistake it for a real figure. */
const SOURCE = "https://example.org/synthetic,Synthetic benchmark row";

const day = (start: string, offset: number) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

/** Appends lines with the file's own line ending. */
function append(file: string, lines: string[]): void {
  const eol = readFileSync(file, "utf8").includes("\r\n") ? "\r\n" : "\n";
  appendFileSync(file, lines.map((line) => `${line}${eol}`).join(""));
}

const rowsIn = (file: string) => readFileSync(file, "utf8").trim().split(/\r?\n/).length - 1;

/**
 * Copies data/ to `dir` and grows it to `factor` times its size with synthetic, valid rows:
 * prisoner counts (one a day before July 2020), releases, timeline events (of every category,
 * some month-precision, naming synthetic people) and destination figures.
 * For benchmarks only: the rows cite example.org and are never published.
 */
export function syntheticData(dir: string, factor: number): void {
  cpSync("data", dir, { recursive: true });
  const extra = (name: string) => (factor - 1) * rowsIn(join(dir, `${name}.csv`));
  append(
    join(dir, "political-prisoners.csv"),
    Array.from(
      { length: extra("political-prisoners") },
      (_, i) => `${day("2020-07-30", -i)},${100 + (i % 900)},,${SOURCE},`,
    ),
  );
  append(
    join(dir, "releases.csv"),
    Array.from(
      { length: extra("releases") },
      (_, i) =>
        `${day("2024-07-04", i % 600)},${1 + (i % 40)},Synthetic release ${i},Сінтэтычнае вызваленне ${i},Синтетическое освобождение ${i},${SOURCE},`,
    ),
  );
  // Events of every category, every seventh known only to the month, naming one of fifty people,
  // so that the timeline's lanes and the events page's filters meet realistic variety.
  append(
    join(dir, "timeline.csv"),
    Array.from({ length: extra("timeline") }, (_, i) => {
      const date = day("2020-06-01", i % 2000);
      const [when, precision] = i % 7 === 0 ? [`${date.slice(0, 8)}01`, "month"] : [date, "day"];
      const category = TIMELINE_CATEGORIES[i % TIMELINE_CATEGORIES.length];
      // Each prose cell has its Belarusian and Russian versions beside it, as the schema requires.
      const words = [
        `Synthetic event ${i},Сінтэтычная падзея ${i},Синтетическое событие ${i}`,
        "A synthetic description.,Сінтэтычнае апісанне.,Синтетическое описание.",
      ];
      return `${when},${precision},${category},${words.join(",")},Synthetic Person ${i % 50},,,,${SOURCE}`;
    }),
  );
  // The fifty people the synthetic events name, on the list of people the site may name
  // (people.csv), as the validator requires of every name in the timeline, each with the
  // Belarusian and Russian spellings the schema requires, marked as not checked on a page.
  append(
    join(dir, "people.csv"),
    Array.from(
      { length: 50 },
      (_, i) =>
        `synthetic_person_${i},Synthetic Person ${i},Сінтэтычная асоба ${i},Синтетическая персона ${i},unverified,unverified,${SOURCE},`,
    ),
  );
  append(
    join(dir, "exile-destinations.csv"),
    Array.from(
      { length: extra("exile-destinations") },
      (_, i) => `Poland,POL,616,synthetic_metric_${i},2024,${i},${SOURCE},`,
    ),
  );
}
