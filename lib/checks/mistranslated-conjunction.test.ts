import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { mistranslatedConjunction } from "./mistranslated-conjunction";

describe("mistranslated-conjunction", () => {
  it.each(mistranslatedConjunction.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(mistranslatedConjunction, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it.each(mistranslatedConjunction.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(mistranslatedConjunction, example))).toEqual([]);
  });
});
