import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { lowercaseStart } from "./lowercase-start";

describe("lowercase-start", () => {
  it.each(lowercaseStart.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(lowercaseStart, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it.each(lowercaseStart.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(lowercaseStart, example))).toEqual([]);
  });
});
