import { describe, expect, test } from "vitest";
import { formatProblem, sortProblems, type Problem } from "../../../src/lib/data/problem.ts";

const problem = (over: Partial<Problem> = {}): Problem => ({
  file: "data/releases.csv",
  line: 4,
  column: "released",
  message: "not a whole number",
  expected: "a whole number, 0 or more",
  found: "12.5",
  ...over,
});

describe("formatProblem(problem)", () => {
  test("reads file:line:column, what is wrong, what was expected and what was found", () => {
    expect(formatProblem(problem())).toBe(
      'data/releases.csv:4:released  not a whole number — expected a whole number, 0 or more, found "12.5"',
    );
  });

  test("keeps the found text on one line, marking each line break with ↵", () => {
    expect(formatProblem(problem({ found: "one\r\ntwo\nthree" }))).toMatch(/found "one↵two↵three"$/);
  });

  test("cuts found text longer than 80 characters to 79 and an ellipsis", () => {
    const found = /found "(.*)"$/.exec(formatProblem(problem({ found: "x".repeat(200) })))![1]!;
    expect(found).toBe(`${"x".repeat(79)}…`);
    expect(formatProblem(problem({ found: "y".repeat(80) }))).toContain(`"${"y".repeat(80)}"`);
  });
});

describe("sortProblems(problems)", () => {
  test("orders by file, then line, and keeps the reported order within a line", () => {
    const problems = [
      problem({ file: "data/timeline.csv", line: 2, column: "a" }),
      problem({ file: "data/releases.csv", line: 9, column: "b" }),
      problem({ file: "data/releases.csv", line: 3, column: "second" }),
      problem({ file: "data/releases.csv", line: 3, column: "first" }),
    ];
    problems.splice(2, 2, problems[3]!, problems[2]!);
    expect(sortProblems(problems).map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([
      "data/releases.csv:3:first",
      "data/releases.csv:3:second",
      "data/releases.csv:9:b",
      "data/timeline.csv:2:a",
    ]);
  });

  test("returns a new array and leaves its input as it was", () => {
    const problems = [problem({ line: 5 }), problem({ line: 1 })];
    const sorted = sortProblems(problems);
    expect(sorted).not.toBe(problems);
    expect(problems.map((p) => p.line)).toEqual([5, 1]);
  });
});
