import { describe, expect, it } from "vitest";
import { fixedText, removeSpan } from "./fix-text";

function span(text: string, part: string) {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

describe("fixedText", () => {
  it("replaces the matched span", () => {
    const text = "the dignity and honor of the homelandThe paintings depict";
    expect(fixedText(text, span(text, "homelandThe"), { type: "replace", text: "homeland. The" })).toBe(
      "the dignity and honor of the homeland. The paintings depict",
    );
  });

  it("removes a stray fragment and the doubled space it leaves", () => {
    const text = "enjoying the beach and the sea. resort tourist, with It has a capacity";
    expect(fixedText(text, span(text, "resort tourist, with"), { type: "remove" })).toBe(
      "enjoying the beach and the sea. It has a capacity",
    );
  });

  it("empties a segment that was only the fragment", () => {
    expect(removeSpan("stats", { start: 0, end: 5 })).toBe("");
  });

  it("removes at the very start without leaving a space", () => {
    const text = "He The Constitutional Court ruled.";
    expect(removeSpan(text, span(text, "He"))).toBe("The Constitutional Court ruled.");
  });

  it("inserts at its own offset, wherever the match is", () => {
    const text = "The law (approved in June was repealed.";
    expect(fixedText(text, span(text, "("), { type: "insert", at: text.length, text: ")" })).toBe(
      "The law (approved in June was repealed.)",
    );
  });

  it("leaves structural fixes to the data layer", () => {
    expect(fixedText("Moscow", { start: 0, end: 6 }, { type: "mark-chrome" })).toBeNull();
    expect(fixedText("MoscowThere", { start: 0, end: 11 }, { type: "split-dateline", at: 6 })).toBeNull();
  });
});
