import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { numberMismatch } from "./number-mismatch";

describe("number-mismatch", () => {
  it.each(numberMismatch.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(numberMismatch, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it.each(numberMismatch.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(numberMismatch, example))).toEqual([]);
  });
});
