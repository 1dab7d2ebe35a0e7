import { describe, expect, it } from "vitest";
import { matchedTexts, runExample } from "./check-examples";
import { pageChrome } from "./page-chrome";

describe("page-chrome", () => {
  it.each(pageChrome.examples.bad)("finds “$found” in: $text", (example) => {
    const matches = runExample(pageChrome, example);
    expect(matchedTexts(example, matches)).toEqual([example.found]);
    expect(matches[0]?.fixes[0] ?? null).toEqual(example.fix);
  });

  it.each(pageChrome.examples.good)("leaves alone: $text", (example) => {
    expect(matchedTexts(example, runExample(pageChrome, example))).toEqual([]);
  });
});
