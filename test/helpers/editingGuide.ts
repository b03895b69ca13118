import { readFileSync } from "node:fs";

/** The example rows in EDITING.md: each ```csv data/FILE.csv block, with the file it goes into. */
export function editingExamples(): { file: string; rows: string[] }[] {
  const guide = readFileSync("EDITING.md", "utf8");
  return [...guide.matchAll(/```csv (data\/[\w-]+\.csv)\n([\s\S]*?)```/g)].map((match) => ({
    file: match[1]!,
    rows: match[2]!.trim().split("\n"),
  }));
}

/** The messages EDITING.md explains: the backticked words in the first column of its table. */
export function explainedMessages(): string[] {
  const guide = readFileSync("EDITING.md", "utf8");
  return [...guide.matchAll(/^\|\s*(`[^|]+?)\s*\|/gm)]
    .flatMap((match) => [...match[1]!.matchAll(/`([^`]+)`/g)].map((word) => word[1]!))
    .filter((message) => message !== "message");
}
