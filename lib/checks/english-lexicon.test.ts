import { describe, expect, it } from "vitest";
import { englishLexicon } from "./english-lexicon";

describe("englishLexicon", () => {
  const lexicon = englishLexicon();

  it("knows ordinary words in their inflected forms", () => {
    for (const word of ["homeland", "trench", "us", "concession", "following", "fighters", "The"]) {
      expect(lexicon.isCommonWord(word), word).toBe(true);
    }
  });

  it("knows names as names, and brands spelled with inner capitals", () => {
    for (const word of ["Moscow", "Ukraine", "Barcelona", "YouTube", "iPhone", "McDonald's", "MOSCOW"]) {
      expect(lexicon.isName(word), word).toBe(true);
    }
    expect(lexicon.isName("homeland")).toBe(false);
    expect(lexicon.isCommonWord("Moscow")).toBe(false);
  });

  it("knows no Catalan function words and no fused tokens", () => {
    for (const word of ["amb", "dels", "que", "homelandThe", "Vilaand"])
      expect(lexicon.isKnown(word), word).toBe(false);
  });
});
