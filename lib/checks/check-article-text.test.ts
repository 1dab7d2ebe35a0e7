import { describe, expect, it } from "vitest";
import { checkArticleText } from "./check-article-text";

describe("checkArticleText", () => {
  it("places findings by line and offset within the line, whatever the line breaks", () => {
    const text =
      "Blackout\r\n\r\nThe grid failed across Spain and Portugal today\r\n  It was bad.  The the lights went out in UkraineMost places.\n";
    const lines = text.split(/\r\n|\n/u);
    const findings = checkArticleText(text, { targetLang: "en" });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(lines[finding.line - 1]?.slice(finding.start, finding.end)).toBe(finding.text);
    }
    expect(findings.map(({ line, text: found, check }) => [line, found, check])).toEqual(
      expect.arrayContaining([
        [1, "Blackout", "page-chrome"],
        [4, "The the", "repeated-word"],
        [4, "UkraineMost", "fused-words"],
      ]),
    );
  });

  it("moves a dateline split to line offsets", () => {
    const text =
      "Headline of the story today\nWhat the standfirst says about it.\n3 min\n\nBarcelona / MadridThe grid failed.";
    const finding = checkArticleText(text, { targetLang: "en" }).find((found) => found.check === "fused-words");
    expect(finding).toMatchObject({ line: 5, start: 12, end: 21, text: "MadridThe" });
    expect(finding?.fixes[0]).toEqual({ type: "split-dateline", at: 18 });
  });

  it("runs source-aware checks only when the source language is given", () => {
    const text = "A headline that is long enough\n\nHe came amb his brother.";
    expect(checkArticleText(text, { targetLang: "en" }).some((finding) => finding.check === "untranslated")).toBe(
      false,
    );
    expect(
      checkArticleText(text, { sourceLang: "ca", targetLang: "en" }).some(
        (finding) => finding.check === "untranslated",
      ),
    ).toBe(true);
  });
});
