import { describe, expect, it } from "vitest";
import { annotateText } from "./annotate-text";
import { sideBySide } from "./word-diff";

describe("sideBySide", () => {
  it("marks removed words in the machine output and added words in the edit", () => {
    const diff = sideBySide("the war in UkraineMost of them fought", "the war in Ukraine. Most of them fought");
    expect(diff.changed).toBe(true);
    expect(diff.before.filter((span) => span.kind === "removed").map((span) => span.text.trim())).toEqual([
      "UkraineMost",
    ]);
    expect(diff.after.filter((span) => span.kind === "added").map((span) => span.text.trim())).toEqual([
      "Ukraine. Most",
    ]);
  });

  it("keeps offsets that slice each side", () => {
    const before = "Under titles such as Giving a precious life either Heroic fighters";
    const after = "Under titles such as “Giving a precious life” or “Heroic fighters”";
    const diff = sideBySide(before, after);
    for (const span of diff.before) expect(before.slice(span.start, span.end)).toBe(span.text);
    for (const span of diff.after) expect(after.slice(span.start, span.end)).toBe(span.text);
    expect(diff.before.map((span) => span.text).join("")).toBe(before);
    expect(diff.after.map((span) => span.text).join("")).toBe(after);
  });

  it("joins each side back into exactly its text when only the spacing around a change differs", () => {
    const before = "Under titles such as Giving a precious life either Heroic fighters, the homelandThe paintings.";
    const after =
      "Under titles such as “Giving a precious life” either “Heroic fighters”, the homeland. The paintings.";
    const diff = sideBySide(before, after);
    expect(diff.before.map((span) => span.text).join("")).toBe(before);
    expect(diff.after.map((span) => span.text).join("")).toBe(after);
    expect(diff.before.filter((span) => span.kind === "removed").map((span) => span.text.trim())).toEqual([
      "homelandThe",
    ]);
  });

  it("reports no change for equal texts", () => {
    expect(sideBySide("Same text.", "Same text.")).toEqual({
      before: [{ kind: "same", text: "Same text.", start: 0, end: 10 }],
      after: [{ kind: "same", text: "Same text.", start: 0, end: 10 }],
      changed: false,
    });
  });

  it("handles an emptied segment", () => {
    const diff = sideBySide("stats", "");
    expect(diff.before).toEqual([{ kind: "removed", text: "stats", start: 0, end: 5 }]);
    expect(diff.after).toEqual([]);
  });
});

describe("annotateText", () => {
  it("cuts at every boundary and lists what covers each run", () => {
    const text = "of the homelandThe paintings";
    const pieces = annotateText(
      text,
      [{ start: 7, end: 18 }],
      [
        { id: "title", start: 0, end: 15 },
        { id: "fused", start: 7, end: 18 },
      ],
    );
    expect(pieces.map(({ text: piece, inserted, marks }) => [piece, inserted, marks])).toEqual([
      ["of the ", false, ["title"]],
      ["homeland", true, ["title", "fused"]],
      ["The", true, ["fused"]],
      [" paintings", false, []],
    ]);
  });

  it("gives one plain run for plain text and nothing for empty text", () => {
    expect(annotateText("Plain.", [], [])).toEqual([{ start: 0, end: 6, text: "Plain.", inserted: false, marks: [] }]);
    expect(annotateText("", [], [])).toEqual([]);
  });
});
