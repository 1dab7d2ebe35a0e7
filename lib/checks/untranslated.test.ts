import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { untranslated } from "./untranslated";

describe("untranslated", () => {
  it.each(untranslated.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(untranslated, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it.each(untranslated.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(untranslated, example))).toEqual([]);
  });
});
