import { describe, expect, it } from "vitest";
import { isWellFormedText, malformedAt, wellFormedString } from "./well-formed";

describe("well-formed text", () => {
  it.each([
    ["plain text", "A sentence.", -1],
    ["emoji, a surrogate pair", "Goal ⚽ 😀 scored", -1],
    ["a NUL", "before\u0000after", 6],
    ["a lone high surrogate", "end\ud800", 3],
    ["a lone low surrogate", "\udc00start", 0],
    ["a reversed pair", "x\ude00\ud83d", 1],
  ])("%s", (_name, text, at) => {
    expect(malformedAt(text)).toBe(at);
    expect(isWellFormedText(text)).toBe(at === -1);
    expect(wellFormedString().safeParse(text).success).toBe(at === -1);
  });
});
