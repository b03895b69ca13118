import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { chapterSchema } from "../../src/lib/story/chapterSchema.ts";

const CHAPTERS = "src/content/chapters";

/**
 * Reads every chapter file's front matter and checks it with the same schema as the content
 * collection, so tests can walk the real steps without running Astro.
 */
export function readChapters(locale = "en") {
  const dir = join(CHAPTERS, locale);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
      return {
        file: join(dir, name),
        slug: name.replace(/\.md$/, "").replace(/^\d+-/, ""),
        ...chapterSchema.parse(yaml.load(frontMatter)),
      };
    })
    .sort((a, b) => a.number - b.number);
}
