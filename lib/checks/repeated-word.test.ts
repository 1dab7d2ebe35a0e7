import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { repeatedWord } from "./repeated-word";

describe("repeated-word", () => {
  it.each(repeatedWord.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(repeatedWord, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it.each(repeatedWord.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(repeatedWord, example))).toEqual([]);
  });
});
