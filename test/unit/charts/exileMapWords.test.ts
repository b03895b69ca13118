import { describe, expect, test } from "vitest";
import { formatPeriod, metricName } from "../../../src/lib/charts/exileMapWords.ts";
import { formatters } from "../../../src/lib/i18n/format.ts";

describe("formatPeriod(format, period) and metricName(labels, name)", () => {
  test("a year is shown as itself, a date as the edition formats dates", () => {
    const format = formatters("en");
    expect(formatPeriod(format, "2024")).toBe("2024");
    expect(formatPeriod(format, "2024-03-31")).toBe(format.date("2024-03-31"));
    expect(formatPeriod(format, "2024-03-31")).not.toBe("2024-03-31");
  });

  test("a series is named by its label in the copy, or by its name with spaces", () => {
    expect(metricName({ "metric.asylum": "Asylum applications" }, "asylum")).toBe("Asylum applications");
    expect(metricName({}, "residence_permits_valid")).toBe("residence permits valid");
  });
});
