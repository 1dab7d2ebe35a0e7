import { describe, expect, it } from "vitest";
import type { LineFinding } from "../lib/checks/check-article-text";
import {
  figuresOf,
  fileNumbers,
  isNumbered,
  parseLabels,
  precision,
  recall,
  scoreCorpus,
  type Label,
} from "./eval-score";

function finding(line: number, start: number, end: number, check: string): LineFinding {
  return {
    line,
    start,
    end,
    text: "x".repeat(end - start),
    check,
    category: "fluency",
    severity: "minor",
    fixes: [],
    messageKey: check,
  };
}

function label(file: string, line: number, start: number, end: number, type: string): Label {
  return { file, line, start, end, text: "x".repeat(end - start), type };
}

describe("eval scoring", () => {
  const labels = [
    label("01-a.txt", 1, 0, 5, "fused_words"),
    label("01-a.txt", 2, 10, 20, "page_chrome"),
    label("01-a.txt", 3, 0, 4, "caption"),
    label("02-b.txt", 1, 5, 9, "fused_words"),
  ];
  const negatives = [label("02-b.txt", 2, 0, 6, "negative")];
  const findings = new Map<string, LineFinding[]>([
    ["01-a.txt", [finding(1, 3, 8, "fused-words"), finding(3, 0, 2, "page-chrome"), finding(4, 0, 2, "fused-words")]],
    ["02-b.txt", [finding(2, 2, 3, "fused-words"), finding(1, 0, 5, "fused-words")]],
  ]);
  const score = scoreCorpus(findings, labels, negatives);

  it("counts a finding on a neutral label as a hit, one on a negative or on nothing as a false positive", () => {
    expect(score.findings.map(({ hit }) => hit)).toEqual([true, true, false, false, false]);
    expect(score.findings[3]?.negative?.type).toBe("negative");
  });

  it("counts only labels of counted types for recall, and only an overlap finds one", () => {
    expect(score.labels.map(({ label: { type }, found }) => [type, found])).toEqual([
      ["fused_words", true],
      ["page_chrome", false],
      ["fused_words", false],
    ]);
  });

  it("gives totals and per-family figures, over all files or some", () => {
    const all = figuresOf(score, ["fused-words", "page-chrome"]);
    expect([all.findings, all.hits, all.labels, all.found]).toEqual([5, 2, 3, 1]);
    expect(all.families["fused-words"]).toEqual({ findings: 4, hits: 1, labels: 2, found: 1 });
    expect(all.families["page-chrome"]).toEqual({ findings: 1, hits: 1, labels: 1, found: 0 });
    expect([precision(all), recall(all)]).toEqual(["0.40", "0.33"]);
    const second = figuresOf(score, ["fused-words"], (file) => file.startsWith("02"));
    expect([second.findings, second.hits, second.labels, second.found]).toEqual([2, 0, 1, 0]);
    expect(precision({ findings: 0, hits: 0, labels: 0, found: 0 })).toBe("—");
  });

  it("reads file-number lists with ranges, and refuses malformed ones", () => {
    const numbers = fileNumbers("03,05,08-10");
    expect(numbers && [...numbers]).toEqual([3, 5, 8, 9, 10]);
    expect(numbers && isNumbered("09-schools.txt", numbers)).toBe(true);
    expect(numbers && isNumbered("04-young.txt", numbers)).toBe(false);
    expect(numbers && isNumbered("readme.txt", numbers)).toBe(false);
    expect(fileNumbers("3,x")).toBeUndefined();
    expect(fileNumbers("9-3")).toBeUndefined();
  });

  it("parses JSON lines, skipping blank ones", () => {
    expect(parseLabels('{"file":"a","line":1,"start":0,"end":1,"text":"x","type":"other"}\n\n')).toHaveLength(1);
  });
});
