import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../../src/lib/data/parseCsv.ts";

describe("parseCsv(text)", () => {
  test("reads the header and each row with the line it starts on; the header is line 1", () => {
    const table = parseCsv("date,count\r\n2024-01-31,1429\r\n\r\n2024-02-29,1410\r\n");
    expect(table.header).toEqual(["date", "count"]);
    expect(table.rows).toEqual([
      { line: 2, cells: ["2024-01-31", "1429"] },
      { line: 4, cells: ["2024-02-29", "1410"] },
    ]);
    expect(table.delimiter).toBe(",");
    expect(table.quoteErrors).toEqual([]);
  });

  test("keeps values as strings, so a code like 056 keeps its leading zero", () => {
    expect(parseCsv("iso_numeric,value\n056,1.50\n").rows[0]!.cells).toEqual(["056", "1.50"]);
  });

  test("trims header names but not cells", () => {
    const table = parseCsv(" date , count\n 2024 , 1 \n");
    expect(table.header).toEqual(["date", "count"]);
    expect(table.rows[0]!.cells).toEqual([" 2024 ", " 1 "]);
  });

  test("drops rows whose cells are all empty, as Excel writes for a cleared row, and leading blank rows", () => {
    const table = parseCsv(",,\ndate,count,note\n,,\n2024-01-31,5,\n ,\t, \n");
    expect(table.header).toEqual(["date", "count", "note"]);
    expect(table.rows).toEqual([{ line: 4, cells: ["2024-01-31", "5", ""] }]);
  });

  test("a quoted field may hold commas and line breaks; the next row's line counts them", () => {
    const table = parseCsv('title,note\n"Minsk, Belarus","two\nlines"\nnext,row\n');
    expect(table.rows).toEqual([
      { line: 2, cells: ["Minsk, Belarus", "two\nlines"] },
      { line: 4, cells: ["next", "row"] },
    ]);
  });

  test.each([
    [";", "date;count;note\n2024-01-31;5;a, b\n", ["2024-01-31", "5", "a, b"]],
    ["\t", "date\tcount\n2024-01-31\t5\n", ["2024-01-31", "5"]],
    [",", "date,people\n2024-01-31,Ihar Losik; Ales Bialiatski\n", ["2024-01-31", "Ihar Losik; Ales Bialiatski"]],
  ])("reads the delimiter %j from the header row alone", (delimiter, text, cells) => {
    const table = parseCsv(text);
    expect(table.delimiter).toBe(delimiter);
    expect(table.rows[0]!.cells).toEqual(cells);
  });

  test("a semicolon file saved by Excel is read as one", () => {
    const table = parseCsv(readFileSync("test/fixtures/valid/semicolon-excel.csv", "utf8"));
    expect(table.delimiter).toBe(";");
    expect(table.header.length).toBeGreaterThan(1);
    for (const row of table.rows) expect(row.cells.length).toBe(table.header.length);
  });

  test("reports an unclosed quote at the line where its row starts", () => {
    const table = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(table.quoteErrors).toHaveLength(1);
    expect(table.quoteErrors[0]).toMatchObject({ line: 3, cellIndex: 1 });
    expect(table.quoteErrors[0]!.text).toContain("open");
  });

  test("empty text has no header and no rows", () => {
    expect(parseCsv("")).toMatchObject({ header: [], rows: [], delimiter: "," });
  });
});
