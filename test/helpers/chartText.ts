import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { prisonersChartText as build } from "../../src/lib/charts/prisonersSvg.ts";
import { readFrontMatter } from "./chapters.ts";

/** The English edition's words for the political-prisoner chart, read from its real content files. */
const ui = yaml.load(readFileSync("src/content/ui/en.yaml", "utf8")) as Parameters<typeof build>[1];
const copy = readFrontMatter("src/content/charts/en/political-prisoners.md") as Parameters<typeof build>[2];

export const prisonersChartText = build("en", ui, copy);
