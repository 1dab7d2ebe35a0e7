import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { spacing } from "./spacing";

describe("spacing", () => {
  it.each(spacing.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(spacing, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it.each(spacing.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(spacing, example))).toEqual([]);
  });
});
