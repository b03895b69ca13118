import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { describe, expect, test } from "vitest";
import { updateLines, type DataUpdate } from "../../../src/lib/data/dataHistory.ts";
import { people, politicalPrisoners, prosecutions, timeline } from "../../../src/lib/data/datasets.ts";
import { describeDiff, ENGLISH, latestCountLine, type ChangeLanguage } from "../../../src/lib/data/describeDiff.ts";
import { diffDataset } from "../../../src/lib/data/diffData.ts";
import { changeLines, type DataChange } from "../../../src/lib/data/summariseChange.ts";
import { uiSchema } from "../../../src/lib/i18n/uiSchema.ts";

/**
 * The /updates/ page's summaries of what changed, in each edition's words: the fixed words come
 * from src/content/ui/<locale>.yaml (`updates.summary`), with plural forms chosen by the count,
 * while the data's own words stay as the rows give them.
 */
const language = (locale: "en" | "be" | "ru"): ChangeLanguage => ({
  locale,
  words: uiSchema.parse(yaml.load(readFileSync(`src/content/ui/${locale}.yaml`, "utf8"))).updates.summary,
});
const be = language("be");
const ru = language("ru");

const event = (i: number) => ({
  date: `2021-05-${String(i + 10).padStart(2, "0")}`,
  title: `Event ${i}`,
  title_be: `Падзея ${i}`,
  title_ru: `Событие ${i}`,
  category: "arrest",
});
const added = (n: number) => diffDataset(timeline, [], Array.from({ length: n }, (_, i) => event(i)));
const count = (date: string, value: string) => ({ date, count: value, women: "", source_url: "https://spring96.org/a", source_name: "Viasna", note: "" });

describe("the English words of the change summary", () => {
  test("are the same in src/content/ui/en.yaml as in the summary data:diff prints", () => {
    expect(language("en").words).toEqual(ENGLISH.words);
  });
});

describe("the change summary in the Belarusian and Russian editions", () => {
  test("counts new rows with the plural form each count takes", () => {
    expect([1, 2, 5, 21].map((n) => describeDiff(added(n), be)[0])).toEqual([
      "храналогія: 1 новая падзея",
      "храналогія: 2 новыя падзеі",
      "храналогія: 5 новых падзей",
      "храналогія: 21 новая падзея",
    ]);
    expect([1, 3, 11].map((n) => describeDiff(added(n), ru)[0])).toEqual([
      "хронология: 1 новое событие",
      "хронология: 3 новых события",
      "хронология: 11 новых событий",
    ]);
  });

  test("lists each row in the edition's own words where the row has them, and in English where it does not", () => {
    expect(describeDiff(added(1), be)[1]).toBe("  + 2021-05-10: Падзея 0");
    expect(describeDiff(diffDataset(timeline, [{ date: "2020-08-09", title: "Election" }], []), ru)).toEqual([
      "хронология: удалено 1 событие",
      "  − 2020-08-09: Election",
    ]);
    const person = { key: "a", name_en: "Ales Bialiatski", name_be: "Алесь Бяляцкі", name_ru: "Алесь Беляцкий" };
    expect(describeDiff(diffDataset(people, [], [person]), be)).toEqual([
      "людзі, якіх сайт можа называць: 1 новы чалавек",
      "  + Алесь Бяляцкі",
    ]);
  });

  test("words the headline count, changed values and sources, with the edition's numbers and dates", () => {
    const before = [count("2025-12-31", "1131")];
    const after = [{ ...count("2025-12-31", "1131"), source_url: "https://reform.news/b" }, count("2026-03-05", "1140")];
    // The editions group thousands with a no-break space, which is compared here as a space.
    const spaced = (line: string | undefined) => line?.replace(/\u00a0/g, " ");
    expect(latestCountLine(before, after, be)).toContain("1\u00a0131");
    expect(spaced(latestCountLine(before, after, be))).toBe(
      "палітвязні: 1 131 (31 снежня 2025 г.) → 1 140 (5 сакавіка 2026 г.), +9",
    );
    expect(spaced(latestCountLine(before, after, ru))).toBe(
      "политзаключенные: 1 131 (31 декабря 2025 г.) → 1 140 (5 марта 2026 г.), +9",
    );
    expect(describeDiff(diffDataset(politicalPrisoners, before, after), ru).slice(2)).toEqual([
      "политзаключенные: изменен 1 источник",
      "  ~ 2025-12-31: 1131",
    ]);
    const value = (v: string) => ({ date: "2024-06-21", metric: "persons_convicted", value: v, source_url: "https://a.b/", source_name: "X" });
    expect(describeDiff(diffDataset(prosecutions, [value("1")], [value("2")]), be)).toEqual([
      "крымінальны пераслед: зменена 1 значэнне",
      '  ~ persons_convicted, 2024-06-21: 2 (value: "1" → "2")',
    ]);
  });

  test("says how many rows it left out in the edition's words, and uses no English word of its own", () => {
    const change: DataChange = { latestCount: { before: [], after: [count("2026-03-05", "1140")] }, diffs: [added(15)] };
    const lines = changeLines(change, { maxRows: 12, language: be });
    expect(lines.at(-1)).toBe("  … і яшчэ 3");
    expect(changeLines(change, { maxRows: 12, language: ru }).at(-1)).toBe("  … и еще 3");
    for (const line of [...lines, ...changeLines(change, { maxRows: 12, language: ru })])
      expect(line.replace(/Event \d+/g, "")).not.toMatch(/\b(new|removed|changed|more|political|timeline|on)\b/);
  });
});

describe("updateLines(update, language)", () => {
  const change: DataChange = { latestCount: { before: [], after: [] }, diffs: [added(2)] };
  const update: DataUpdate = { commit: "a".repeat(40), date: "2026-05-02T12:00:00+00:00", subject: "s", body: "", lines: ["kept"] };

  test("words an update's change in the edition's language, and keeps an update's own lines when it has no change", () => {
    expect(updateLines({ ...update, change }, ru)).toEqual([
      "хронология: 2 новых события",
      "  + 2021-05-10: Событие 0",
      "  + 2021-05-11: Событие 1",
    ]);
    expect(updateLines({ ...update, change }, ENGLISH)[0]).toBe("timeline: 2 new events");
    expect(updateLines(update, be)).toEqual(["kept"]);
  });
});
