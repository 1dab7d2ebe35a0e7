import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE_PATH } from "../../prisma/demo/demo-article";
import { joinPieces, segmentText, splitSentences } from "./segment-text";

const seed = readFileSync(DEMO_ARTICLE_PATH, "utf8");

function roundTrip(text: string, language = "en") {
  const { pieces, trailingText } = segmentText(text, language);
  return joinPieces(pieces, trailingText);
}

describe("segmentText", () => {
  it("splits the reference article into blocks at line breaks and sentences within them", () => {
    const { pieces, blocks } = segmentText(seed, "en");
    expect(blocks).toHaveLength(18);
    expect(blocks[0]).toBe("Russia");
    expect(blocks.at(-1)).toBe("stats");
    const paragraph = pieces.filter((piece) => piece.block === 6).map((piece) => piece.text);
    expect(paragraph).toEqual([
      "MoscowThere is only one country in the world obligated to defend North Korea—the quintessential pariah state—in the event of an attack: Russia.",
      "The two countries have had a comprehensive strategic partnership agreement since 2024, making them extremely close allies.",
      "As proof of Pyongyang's gratitude for Moscow's friendship, an exhibition of North Korean art is being shown for the first time in the Russian capital, featuring more than 120 works of patriotic propaganda and social utopian ideals.",
    ]);
  });

  it("keeps a sentence whole across a missing space, so the check can flag it", () => {
    const texts = segmentText(seed, "en").pieces.map((piece) => piece.text);
    expect(texts.some((text) => text.includes("each year.This is the North Korean regime's main bet"))).toBe(true);
  });

  it.each([
    ["the reference article", seed],
    ["empty text", ""],
    ["only blank lines", "\n\n\n"],
    ["blank and whitespace-only lines", "Title\n\n   \n\t\nBody. More.\n"],
    ["leading and trailing spaces", "  Indented line.  Two spaces between.   \n"],
    ["CRLF line breaks", "Headline\r\n\r\nFirst sentence. Second one.\r\nNext line.\r\n"],
    ["old Mac line breaks", "One.\rTwo.\r"],
    ["mixed line breaks", "a.\r\nb.\nc.\rd."],
    ["a very long line", `${"A sentence that goes on. ".repeat(4000)}End.`],
    ["emoji, with modifiers and joiners", "Great news 🎉. Family: 👨‍👩‍👧‍👦 here. Thumbs 👍🏽!\n"],
    ["right-to-left text", "مرحبا بالعالم. كيف حالك؟\nשלום עולם. מה שלומך?\n"],
    ["a final newline", "Just one line.\n"],
    ["no final newline", "Just one line."],
  ])("gives back %s exactly", (_, text) => {
    expect(roundTrip(text)).toBe(text);
  });

  it("round-trips right-to-left text segmented as its own language", () => {
    const arabic = "مرحبا بالعالم. كيف حالك؟ أنا بخير.";
    const { pieces } = segmentText(arabic, "ar");
    expect(pieces.map((piece) => piece.text)).toEqual(["مرحبا بالعالم.", "كيف حالك؟", "أنا بخير."]);
    expect(roundTrip(arabic, "ar")).toBe(arabic);
  });

  it("records the exact gap before each piece", () => {
    const { pieces, trailingText } = segmentText("One.  Two.\r\n\r\n  Three.\n", "en");
    expect(pieces.map(({ block, gapBefore, text }) => [block, gapBefore, text])).toEqual([
      [0, "", "One."],
      [0, "  ", "Two."],
      [1, "\r\n\r\n  ", "Three."],
    ]);
    expect(trailingText).toBe("\n");
  });
});

describe("splitSentences", () => {
  const sentences = (line: string, language = "en") =>
    splitSentences(line, language).map(({ start, end }) => line.slice(start, end));

  it.each([
    ["The U.S. President spoke. Then he left.", ["The U.S. President spoke.", "Then he left."]],
    ["Mr. Smith went to Washington. He said hi.", ["Mr. Smith went to Washington.", "He said hi."]],
    ["J. R. R. Tolkien wrote it. Many read it.", ["J. R. R. Tolkien wrote it.", "Many read it."]],
    ["It grew 3.5 percent. Prices fell.", ["It grew 3.5 percent.", "Prices fell."]],
    ["Wow!! Really?? Yes.", ["Wow!!", "Really??", "Yes."]],
    ["Upd. 20", ["Upd. 20"]],
  ])("splits %j at sentence ends only", (line, expected) => {
    expect(sentences(line)).toEqual(expected);
  });

  it("uses the language's own abbreviations", () => {
    expect(sentences("La Sra. Puig va arribar. Després va marxar.", "ca")).toEqual([
      "La Sra. Puig va arribar.",
      "Després va marxar.",
    ]);
  });

  it("returns offsets that slice the line", () => {
    const line = "  First.   Second!  ";
    expect(splitSentences(line, "en")).toEqual([
      { start: 2, end: 8 },
      { start: 11, end: 18 },
    ]);
  });
});
