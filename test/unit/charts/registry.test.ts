import { describe, expect, test } from "vitest";
import { CHART_WIDTHS, chartIds, charts, renderChartSvgs } from "../../../src/lib/charts/registry.ts";
import { frozenChapters, frozenChartContext as chartContext } from "../../helpers/frozenCopy.ts";
import { frozenData } from "../../helpers/frozenData.ts";
import { frozenDataIn } from "../../helpers/frozenEditions.ts";
import { expectSvgSnapshot } from "../../helpers/snapshot.ts";

const widths = Object.values(CHART_WIDTHS);

describe("every chart in the registry", () => {
  test.each(chartIds.flatMap((id) => widths.map((width) => ({ id, width }))))(
    "renderChartSvgs($id) matches its overview snapshot at $width px",
    async ({ id, width }) => {
      const svgs = renderChartSvgs(id, frozenData, {}, chartContext(id));
      await expectSvgSnapshot(width === CHART_WIDTHS.narrow ? svgs.narrow : svgs.wide, `${id}-${width}`);
    },
  );

  const steps = frozenChapters("en").flatMap((chapter) =>
    chapter.graphic
      ? chapter.steps.map((step) => ({
          name: `${chapter.slug}-${step.id}`,
          graphic: chapter.graphic!,
          state: step.state,
        }))
      : [],
  );
  test.each(steps.flatMap((step) => widths.map((width) => ({ ...step, width }))))(
    "renders story step $name ($graphic) like its snapshot at $width px",
    async ({ name, graphic, state, width }) => {
      const svgs = renderChartSvgs(graphic, frozenData, state, chartContext(graphic));
      await expectSvgSnapshot(width === CHART_WIDTHS.narrow ? svgs.narrow : svgs.wide, `step-${name}-${width}`);
    },
  );

  // The Belarusian and Russian editions draw the same charts with their own words, formats and
  // data cells: each chart's overview and one map step in each, from the frozen copy and data.
  const editionViews = (["be", "ru"] as const).flatMap((locale) => [
    ...chartIds.map((id) => ({ locale, id, name: id, state: {} })),
    { locale, id: "exile-map" as const, name: "step-exile-map-poland", state: mapStep(locale, "poland") },
  ]);
  test.each(editionViews.flatMap((view) => widths.map((width) => ({ ...view, width }))))(
    "draws $name in the $locale edition like its snapshot at $width px",
    async ({ locale, id, name, state, width }) => {
      const svgs = renderChartSvgs(id, frozenDataIn(locale), state, chartContext(id, locale));
      await expectSvgSnapshot(width === CHART_WIDTHS.narrow ? svgs.narrow : svgs.wide, `${locale}-${name}-${width}`);
    },
  );

  test.each(chartIds)("%s is keyed by its own id and draws from data files that exist", (id) => {
    expect(charts[id].id).toBe(id);
    for (const name of charts[id].datasets) expect(Object.keys(frozenData).map(kebab)).toContain(name);
  });

  test.each(chartIds)("%s refuses a state key it does not know", (id) => {
    expect(charts[id].state.safeParse({ noSuchKey: true }).success).toBe(false);
  });
});

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The state of one step of the exile map chapter in an edition's frozen copy. */
function mapStep(locale: "be" | "ru", step: string) {
  const chapter = frozenChapters(locale).find((candidate) => candidate.graphic === "exile-map")!;
  return chapter.steps.find((candidate) => candidate.id === step)!.state;
}
