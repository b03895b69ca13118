import { describe, expect, test } from "vitest";
import { stack } from "../../../src/lib/charts/timelineStack.ts";

describe("stack(markers)", () => {
  test("lifts a marker that would overlap another to the next free level", () => {
    const items = [0, 10, 40, 45, 12].map((x) => ({ x, level: 0 }));
    expect(stack(items).map((item) => item.level)).toEqual([0, 1, 0, 1, 2]);
  });
});
