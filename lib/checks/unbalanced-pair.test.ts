import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { unbalancedPair } from "./unbalanced-pair";

// The examples table is run by check-examples.test.ts; this is what a table cannot say.
describe("unbalanced-pair", () => {
  it("ends each span at the next lone mark, so spans never overlap", () => {
    const example = { text: "He said (as [the court put it, nothing" };
    expect(matchedTexts(example, runExample(unbalancedPair, example))).toEqual(["(as ", "[the court put it, nothing"]);
  });
});
