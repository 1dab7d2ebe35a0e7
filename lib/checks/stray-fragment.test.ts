import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { strayFragment } from "./stray-fragment";

describe("stray-fragment", () => {
  it.each(strayFragment.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(strayFragment, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it.each(strayFragment.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(strayFragment, example))).toEqual([]);
  });
});
