import { describe, expect, test } from "vitest";
import { inCsvFile } from "../../../src/lib/tables/tableRow.ts";

describe("inCsvFile(href, total, line)", () => {
  test("points at a CSV to save, with the file's name as the link text", () => {
    const line = "The table lists the first {shown} of {total} cities; all of them are in";
    expect(inCsvFile("/data/exile-hubs.csv", 40, line)).toEqual({
      total: 40,
      line,
      href: "/data/exile-hubs.csv",
      linkText: "exile-hubs.csv",
      download: true,
    });
  });

  test("uses the whole href as link text when it has no folder", () => {
    expect(inCsvFile("people.csv", 3, "x").linkText).toBe("people.csv");
  });
});
