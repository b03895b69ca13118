import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { chapterSchema, chapterSlug } from "../../src/lib/story/chapterSchema.ts";

const CHAPTERS = "src/content/chapters";

/** The YAML front matter of a Markdown content file, parsed. */
export function readFrontMatter(path: string): unknown {
  return yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, "utf8"))?.[1] ?? "");
}

/**
 * Reads every chapter file's front matter and checks it with the same schema as the content
 * collection, so tests can walk the real steps without running Astro.
 */
export function readChapters(locale = "en") {
  const dir = join(CHAPTERS, locale);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => ({
      file: join(dir, name),
      slug: chapterSlug(name),
      ...chapterSchema.parse(readFrontMatter(join(dir, name))),
    }))
    .sort((a, b) => a.number - b.number);
}
