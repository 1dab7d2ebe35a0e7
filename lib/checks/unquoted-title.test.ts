import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { unquotedTitle } from "./unquoted-title";

describe("unquoted-title", () => {
  it.each(unquotedTitle.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(unquotedTitle, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it.each(unquotedTitle.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(unquotedTitle, example))).toEqual([]);
  });
});
