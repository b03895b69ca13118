import { describe, expect, test } from "vitest";
import { activeStep } from "../../../src/lib/scrolly/activeStep.ts";

describe("activeStep(tops, line)", () => {
  test("is the last step whose top has passed the reading line", () => {
    expect(activeStep([-400, -20, 380, 900], 360)).toBe(1);
    expect(activeStep([-400, -20, 360, 900], 360)).toBe(2);
  });

  test("is the first step before any step reaches the line, and the last one after all have passed", () => {
    expect(activeStep([500, 900, 1300], 360)).toBe(0);
    expect(activeStep([-3000, -2000, -1000], 360)).toBe(2);
  });

  test("depends only on positions, so a jump gives the same answer as scrolling there step by step", () => {
    const afterJump = activeStep([-2100, -1400, -700, 40, 740], 480);
    const stepwise = [0, 100, 200, 300, 400].map((offset) =>
      activeStep([-1700 - offset, -1000 - offset, -300 - offset, 440 - offset, 1140 - offset], 480),
    );
    expect(afterJump).toBe(3);
    expect(stepwise.at(-1)).toBe(afterJump);
  });
});
