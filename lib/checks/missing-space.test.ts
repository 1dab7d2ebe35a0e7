import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { missingSpace } from "./missing-space";

describe("missing-space", () => {
  it.each(missingSpace.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(missingSpace, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it.each(missingSpace.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(missingSpace, example))).toEqual([]);
  });
});
