import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { unbalancedPair } from "./unbalanced-pair";

describe("unbalanced-pair", () => {
  it.each(unbalancedPair.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(unbalancedPair, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it("ends each span at the next lone mark, so spans never overlap", () => {
    const example = { text: "He said (as [the court put it, nothing" };
    expect(matchedTexts(example, runExample(unbalancedPair, example))).toEqual(["(as ", "[the court put it, nothing"]);
  });

  it.each(unbalancedPair.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(unbalancedPair, example))).toEqual([]);
  });
});
