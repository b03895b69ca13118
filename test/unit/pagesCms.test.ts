import { readdirSync, readFileSync } from "node:fs";
import yaml from "js-yaml";
import { describe, expect, test } from "vitest";
import { columnsOf, type Dataset } from "../../src/lib/data/dataset.ts";
import { datasets } from "../../src/lib/data/datasets.ts";
import { validateCsv } from "../../src/lib/data/validateCsv.ts";

interface Field {
  name: string;
  type: string;
  required?: boolean;
}
interface Entry {
  name: string;
  type: "file" | "collection";
  path: string;
  format?: string;
  fields?: Field[];
}
const config = yaml.load(readFileSync(".pages.yml", "utf8")) as { content: Entry[] };

/**
 * Whether a column may never be empty: the schema refuses it empty on a real, valid row, and no
 * row of the real file leaves it empty (iso3 is required except on aggregate rows, so the table
 * must let an editor leave it empty).
 */
function required(dataset: Dataset, column: string): boolean {
  const { records } = validateCsv(dataset, readFileSync(`data/${dataset.name}.csv`), { file: dataset.name });
  const result = dataset.schema.safeParse({ ...records[0]!.raw, [column]: "" });
  const refused = !result.success && result.error.issues.some((issue) => String(issue.path[0]) === column);
  return refused && records.every((record) => (record.raw[column] ?? "").trim() !== "");
}

describe(".pages.yml (Pages CMS)", () => {
  test("opens every CSV in data/ as a table, and nothing that is not a data file", () => {
    const tables = config.content.filter((entry) => entry.format === "datagrid").map((entry) => entry.path);
    const files = readdirSync("data").filter((name) => name.endsWith(".csv"));
    expect(tables.sort()).toEqual(files.map((name) => `data/${name}`).sort());
    for (const entry of config.content.filter((e) => e.format === "datagrid")) expect(entry.type).toBe("file");
  });

  test.each(datasets.map((dataset) => [dataset.name, dataset] as const))(
    "gives %s one field per column of its schema, in order, required exactly where the checker requires it",
    (name, dataset) => {
      const entry = config.content.find((e) => e.path === `data/${name}.csv`);
      expect(entry, `data/${name}.csv in .pages.yml`).toBeDefined();
      expect(entry!.fields?.map((field) => field.name)).toEqual(columnsOf(dataset));
      for (const field of entry!.fields ?? []) {
        expect(field.required ?? false, `${name}.${field.name} required`).toBe(required(dataset, field.name));
      }
    },
  );

  test("lets editors change the story's Markdown and copy, as written", () => {
    const paths = config.content.filter((entry) => entry.type === "collection").map((entry) => entry.path);
    expect(paths).toEqual(
      expect.arrayContaining(["src/content/story", "src/content/chapters", "src/content/charts", "src/content/ui"]),
    );
    // A code editor saves the front matter exactly, where a field form would drop keys it does not model.
    for (const entry of config.content.filter((e) => e.type === "collection")) expect(entry.format).toBe("code");
  });

  test("is not published: it sits outside public/, the only folder copied to the site as is", () => {
    expect(readdirSync("public")).not.toContain(".pages.yml");
    expect(readdirSync(".")).toContain(".pages.yml");
  });
});
