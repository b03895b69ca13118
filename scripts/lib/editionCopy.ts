import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import yaml from "js-yaml";
import type { Problem } from "../../src/lib/data/problem.ts";
import { defaultLocale, locales } from "../../src/lib/i18n/locales.ts";

/**
 * Checks that every edition's copy in src/content has what English has, so that no edition
 * silently drops a word, a step, a figure or a download: every UI key (ui/<locale>.yaml), every
 * chart's title, text alternative and label (charts/<locale>/<id>.md), every chapter with the same
 * graphic, steps, states and downloads, every page of its own (pages/<locale>/<slug>.md), and the
 * same figure slots ({{…}}) in the intro, each chapter, each page and each step. A problem names
 * the edition's file, a line in it and the key, like the data validator's messages
 * (src/lib/data/problem.ts), with the English text as what was expected.
 */
export function editionCopyProblems(contentDir = "src/content"): Problem[] {
  const problems: Problem[] = [];
  for (const locale of locales.filter((candidate) => candidate !== defaultLocale)) {
    problems.push(...uiProblems(contentDir, locale));
    problems.push(...chartProblems(contentDir, locale));
    problems.push(...storyProblems(contentDir, locale));
  }
  return problems;
}

/** The file as an editor names it: relative to the project, with forward slashes. */
const shown = (path: string) => relative(".", path).split("\\").join("/");

/** Every key path of a YAML mapping with the 1-based line it starts on, in document order. */
export function keyLines(text: string, firstLine = 1): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: { indent: number; key: string }[] = [];
  text.split("\n").forEach((line, index) => {
    const match = /^(\s*)("[^"]+"|'[^']+'|[^\s#:"'][^:]*?):(\s|$)/.exec(line);
    if (!match) return;
    const indent = match[1]!.length;
    const key = match[2]!.replace(/^["']|["']$/g, "");
    while (stack.length > 0 && stack.at(-1)!.indent >= indent) stack.pop();
    stack.push({ indent, key });
    lines.set(stack.map((entry) => entry.key).join("."), index + firstLine);
  });
  return lines;
}

/** Every leaf of a parsed YAML value, as key path → text. */
function leaves(value: unknown, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value))
      for (const [path, text] of leaves(child, prefix ? `${prefix}.${key}` : key)) found.set(path, text);
  } else found.set(prefix, String(value ?? ""));
  return found;
}

/**
 * The problems of a translated YAML text against the English one: each key English has that the
 * translation lacks or leaves empty. The line is that of the key in the translation or, for a
 * missing key, of the key before which it belongs there.
 */
function missingKeys(
  english: { text: string; value: unknown; firstLine?: number },
  translated: { file: string; text: string; value: unknown; firstLine?: number },
  only?: (key: string) => boolean,
): Problem[] {
  const englishLeaves = leaves(english.value);
  const translatedLeaves = leaves(translated.value);
  const lines = keyLines(translated.text, translated.firstLine);
  const problems: Problem[] = [];
  let lastLine = translated.firstLine ?? 1;
  for (const [key, text] of englishLeaves) {
    if (only && !only(key)) continue;
    const found = translatedLeaves.get(key);
    lastLine = lines.get(key) ?? lastLine;
    if (found !== undefined && (found.trim() !== "" || text.trim() === "")) continue;
    problems.push({
      file: translated.file,
      line: lastLine,
      column: key,
      message: found === undefined ? "missing translation" : "empty translation",
      expected: `the translation of the English "${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`,
      found: found ?? "",
    });
  }
  return problems;
}

function uiProblems(contentDir: string, locale: string): Problem[] {
  const read = (name: string) => {
    const path = join(contentDir, "ui", `${name}.yaml`);
    const text = existsSync(path) ? readFileSync(path, "utf8") : "";
    return { file: shown(path), text, value: yaml.load(text) };
  };
  return missingKeys(read(defaultLocale), read(locale));
}

/** A Markdown file's front matter (text, parsed, and the line its first key is on) and its body. */
function markdown(path: string) {
  const source = existsSync(path) ? readFileSync(path, "utf8") : "";
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  const text = match?.[1] ?? "";
  return {
    file: shown(path),
    exists: source !== "",
    text,
    value: yaml.load(text) ?? {},
    body: match?.[2] ?? "",
    firstLine: 2,
  };
}

function chartProblems(contentDir: string, locale: string): Problem[] {
  const dir = join(contentDir, "charts", defaultLocale);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .flatMap((name) => {
      const english = markdown(join(dir, name));
      const translated = markdown(join(contentDir, "charts", locale, name));
      if (!translated.exists) return [missingFile(translated.file, english.file)];
      return missingKeys(english, translated);
    });
}

const missingFile = (file: string, english: string): Problem => ({
  file,
  line: 1,
  column: "(file)",
  message: "missing translation",
  expected: `a translation of ${english}`,
  found: "",
});

/** Each figure slot in a text, sorted, so that two texts with the same figures compare equal. */
const slots = (text: string) => [...text.matchAll(/\{\{\s*([\w.-]+?)\s*\}\}/g)].map((match) => match[1]!).sort();

function storyProblems(contentDir: string, locale: string): Problem[] {
  const problems: Problem[] = [];
  const compareSlots = (file: string, line: number, key: string, english: string, translated: string) => {
    const [want, have] = [slots(english), slots(translated)];
    if (want.join(" ") !== have.join(" "))
      problems.push({
        file,
        line,
        column: key,
        message: "figures differ from English",
        expected: want.map((slot) => `{{${slot}}}`).join(" ") || "no figures",
        found: have.map((slot) => `{{${slot}}}`).join(" "),
      });
  };
  // Pages of their own (src/content/pages) are checked like the story: every page English has,
  // with the same front matter keys and figure slots. A content folder without any is not an error.
  for (const kind of ["story", "chapters", "pages"]) {
    const dir = join(contentDir, kind, defaultLocale);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((file) => file.endsWith(".md"))) {
      const english = markdown(join(dir, name));
      const translated = markdown(join(contentDir, kind, locale, name));
      if (!translated.exists) {
        problems.push(missingFile(translated.file, english.file));
        continue;
      }
      const bodyLine = translated.text.split("\n").length + 3;
      compareSlots(translated.file, bodyLine, "(text)", english.body, translated.body);
      problems.push(...missingKeys(english, translated, (key) => !key.startsWith("steps")));
      const want = english.value as { graphic?: string; downloads?: boolean; number?: number; steps?: Step[] };
      const have = translated.value as typeof want;
      for (const key of ["number", "graphic", "downloads"] as const)
        if (want[key] !== have[key])
          problems.push({
            file: translated.file,
            line: keyLines(translated.text, 2).get(key) ?? 1,
            column: key,
            message: "differs from English",
            expected: String(want[key]),
            found: String(have[key]),
          });
      problems.push(...stepProblems(translated, want.steps ?? [], have.steps ?? [], compareSlots));
    }
  }
  return problems;
}

interface Step {
  id: string;
  text: string;
  caption: string;
  state?: unknown;
}

/** The steps of a translated chapter against the English ones: the same ids, in order, with the same states and figures. */
function stepProblems(
  translated: { file: string; text: string },
  english: Step[],
  steps: Step[],
  compareSlots: (file: string, line: number, key: string, english: string, translated: string) => void,
): Problem[] {
  const problems: Problem[] = [];
  const lineOf = (id: string) =>
    translated.text.split("\n").findIndex((line) => new RegExp(`^\\s*-?\\s*id:\\s*${id}\\s*$`).test(line)) + 2;
  const ids = (list: Step[]) => list.map((step) => step.id).join(", ");
  if (ids(english) !== ids(steps))
    problems.push({
      file: translated.file,
      line: keyLines(translated.text, 2).get("steps") ?? 1,
      column: "steps",
      message: "steps differ from English",
      expected: ids(english),
      found: ids(steps),
    });
  for (const step of english) {
    const found = steps.find((candidate) => candidate.id === step.id);
    if (!found) continue;
    const line = Math.max(lineOf(step.id), 1);
    if (JSON.stringify(found.state ?? {}) !== JSON.stringify(step.state ?? {}))
      problems.push({
        file: translated.file,
        line,
        column: `steps.${step.id}.state`,
        message: "differs from English",
        expected: JSON.stringify(step.state ?? {}),
        found: JSON.stringify(found.state ?? {}),
      });
    compareSlots(translated.file, line, `steps.${step.id}.text`, step.text, found.text);
    if (!found.caption?.trim() || !found.text?.trim())
      problems.push({
        file: translated.file,
        line,
        column: `steps.${step.id}`,
        message: "missing translation",
        expected: "a text and a caption",
        found: "",
      });
  }
  return problems;
}
