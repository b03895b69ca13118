import { expect, test } from "vitest";
import { svgSize } from "../../../src/lib/charts/svgSize.ts";

test("svgSize reads the root element's width and height, and refuses an SVG without them", () => {
  expect(svgSize('<svg viewBox="0 0 600 330" height="330" width="600"><svg width="1" height="2"></svg></svg>')).toEqual(
    {
      width: 600,
      height: 330,
    },
  );
  expect(() => svgSize('<svg viewBox="0 0 1 1"></svg>')).toThrow();
});
