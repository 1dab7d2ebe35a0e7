import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkArticleText } from "./check-article-text";

// The project's copy of the reference article, so this runs without the shared corpus.
const SEED = readFileSync(new URL("../../prisma/demo/seed-article.txt", import.meta.url), "utf8");
const LINES = SEED.split("\n");

interface Expected {
  line: number;
  text: string;
}

/** The artifacts a reviewer marks in the reference article. */
const ARTIFACTS: readonly Expected[] = [
  { line: 1, text: "Russia" },
  { line: 8, text: "12/11/2025" },
  { line: 9, text: "3 min" },
  { line: 11, text: "MoscowThere" },
  { line: 13, text: "homelandThe" },
  { line: 13, text: "trenchIt" },
  { line: 13, text: "either" },
  { line: 15, text: "UkraineMost" },
  { line: 23, text: "resort tourist, with" },
  { line: 23, text: "year.This" },
  { line: 33, text: "stats" },
];

/** Also artifacts, beyond the brief's list: the work titles that lost their italics. */
const TITLES: readonly Expected[] = [
  { line: 13, text: "Giving a precious life" },
  { line: 13, text: "Heroic fighters: for the dignity and honor of the homeland" },
  { line: 13, text: "In the same trench" },
];

function spanOf({ line, text }: Expected): { line: number; start: number; end: number } {
  const start = LINES[line - 1]?.indexOf(text) ?? -1;
  if (start === -1) throw new Error(`"${text}" is not on line ${line}`);
  return { line, start, end: start + text.length };
}

describe("the reference article", () => {
  const findings = checkArticleText(SEED, { sourceLang: "ca", targetLang: "en" });
  const overlapping = (expected: Expected) => {
    const span = spanOf(expected);
    return findings.filter(
      (finding) => finding.line === span.line && finding.start < span.end && span.start < finding.end,
    );
  };

  it.each([...ARTIFACTS, ...TITLES])("finds “$text” on line $line", (artifact) => {
    expect(overlapping(artifact)).not.toEqual([]);
  });

  it("has at most one false positive", () => {
    const truths = [...ARTIFACTS, ...TITLES];
    const falsePositives = findings.filter((finding) => !truths.some((truth) => overlapping(truth).includes(finding)));
    expect(falsePositives.length, JSON.stringify(falsePositives, null, 2)).toBeLessThanOrEqual(1);
  });

  it("suggests a sentence break first and a space second for a glued sentence", () => {
    const fused = findings.find((finding) => finding.text === "homelandThe");
    expect(fused?.fixes).toEqual([
      { type: "replace", text: "homeland. The" },
      { type: "replace", text: "homeland The" },
    ]);
  });

  it("offers to split the dateline off the first paragraph", () => {
    const dateline = findings.find((finding) => finding.text === "MoscowThere");
    expect(dateline?.fixes[0]).toEqual({ type: "split-dateline", at: 6 });
  });
});
