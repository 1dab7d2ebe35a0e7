import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { fusedWords } from "./fused-words";

describe("fused-words", () => {
  it.each(fusedWords.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(fusedWords, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it.each(fusedWords.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(fusedWords, example))).toEqual([]);
  });
});
