import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, test } from "vitest";
import { readChapters } from "../helpers/chapters.ts";
import { appendRows } from "../helpers/csvCell.ts";
import { editedSite } from "../helpers/editedSite.ts";
import { copyData, runBuild } from "../helpers/runBuild.ts";
import { builtStepSvg } from "../helpers/stepFigures.ts";

const steps = readChapters("en")
  .find((chapter) => chapter.slug === "exile-map")!
  .steps.map((step) => `exile-map-${step.id}`);

describe("the exile map when an editor adds a country", () => {
  const workDir = inject("workDir");

  test("a new destination row appears on the map, in the legend and in the table, with no code change", async () => {
    // The edited build (test/helpers/editedSite.ts) added Slovakia to exile-destinations.csv.
    const { outDir } = await editedSite();
    const { document } = parseHTML(readFileSync(join(outDir, "index.html"), "utf8"));
    const overview = builtStepSvg(outDir, "exile-map-overview", "wide")!;
    expect(overview.querySelector('circle.symbol[data-country="SVK"] title')?.textContent).toContain("Slovakia: 4,321");
    expect(document.querySelector('#exile-map-data tr[data-country="SVK"]')?.textContent).toContain("4,321");
    // Every step's map shows it, whatever its view.
    for (const step of steps)
      for (const width of ["narrow", "wide"] as const)
        expect(builtStepSvg(outDir, step, width)?.querySelector('[data-country="SVK"]'), step).not.toBeNull();
  });

  test("an unknown country code stops the build with the file, line and column", async () => {
    const data = copyData(workDir);
    const line = appendRows(join(data, "exile-destinations.csv"), [
      "Atlantis,ATL,999,residence_permits_valid,2025-12-31,10,https://example.org/at,Example office,",
    ]);
    const { status, output } = await runBuild({
      dataDir: data,
      outDir: join(workDir, "dist-bad-code"),
      cacheDir: join(workDir, "cache-bad"),
      precheckOnly: true,
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`exile-destinations.csv:${line}:iso3  unknown country code`);
  });
});
