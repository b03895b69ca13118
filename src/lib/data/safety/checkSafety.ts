import type { Dataset } from "../dataset.ts";
import type { Problem } from "../problem.ts";
import { namesIn } from "./names.ts";
import { COORDINATE_DECIMALS, privateDetails } from "./privateDetails.ts";

/** Columns whose cells are web addresses, checked as such by the schema; an address is not prose. */
const ADDRESS_COLUMNS = new Set(["source_url"]);
/** The map coordinates of `exile-hubs.csv`: allowed, but only as precise as a city centre. */
const COORDINATE_COLUMNS = new Set(["latitude", "longitude"]);
/** Columns that hold names of people by design: the list itself, and the timeline's `people`. */
const NAME_LIST_DATASET = "people";
const PEOPLE_COLUMN = "people";

const NEVER =
  "no e-mail addresses, phone numbers, street addresses, passport or ID numbers or exact coordinates " +
  "(they can put a person or their family at risk)";
const LISTED = "a name on data/people.csv, which lists the people the site may name, each with a public source";

/**
 * The safety checks on one file's rows, as written: private details refused in every text cell,
 * coordinates no more precise than a city centre, and people named only if they are on the list.
 * `people` is the set of `name_en` on `data/people.csv`; without it, names are not checked (the
 * missing list is reported as a missing file).
 */
export function checkSafety(
  dataset: Dataset,
  records: readonly { line: number; raw: Record<string, string> }[],
  file: string,
  people: ReadonlySet<string> | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const at = (line: number, column: string, message: string, expected: string, found: string) =>
    problems.push({ file, line, column, message, expected, found });
  for (const { line, raw } of records) {
    for (const [column, cell] of Object.entries(raw)) {
      const text = cell.trim();
      if (text === "" || ADDRESS_COLUMNS.has(column)) continue;
      if (COORDINATE_COLUMNS.has(column)) {
        const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
        if (decimals > COORDINATE_DECIMALS) {
          at(line, column, "coordinates more exact than a city centre", `at most ${COORDINATE_DECIMALS} decimals, like 54.687`, text);
        }
        continue;
      }
      for (const detail of privateDetails(text)) at(line, column, `${detail.what} in the text`, NEVER, detail.match);
      if (!people || dataset.name === NAME_LIST_DATASET) continue;
      const named =
        dataset.name === "timeline" && column === PEOPLE_COLUMN
          ? text.split(";").map((name) => name.trim()).filter(Boolean)
          : namesIn(text, people);
      for (const name of named) {
        if (!people.has(name)) at(line, column, "a person who is not on the list of people the site may name", LISTED, name);
      }
    }
  }
  return problems;
}
