import { describe, expect, it } from "vitest";
import { parseGalleyJson } from "./galley-json";

const segment = {
  block: 0,
  kind: "headline",
  gapBefore: "",
  mtText: "Helo world",
  text: "Hello world",
  sourceText: "Hola món",
  status: "approved",
  externalId: "u1/s1",
  hints: [{ type: "link", start: 0, end: 5 }],
  revisions: [
    {
      version: 2,
      action: "edit",
      author: { name: "Núria Vidal", email: "nuria@example.com" },
      textBefore: "Helo world",
      textAfter: "Hello world",
      statusBefore: "new",
      statusAfter: "edited",
      kindBefore: "headline",
      kindAfter: "headline",
      comment: null,
      overridden: null,
      createdAt: "2025-11-12T09:30:00.000Z",
    },
  ],
};

const article = {
  format: "galley-article",
  version: 1,
  title: "Hello world",
  sourceLang: "ca",
  targetLang: "en",
  origin: "a.txt",
  trailingText: "\n",
  segments: [segment],
};

describe("parseGalleyJson", () => {
  it("reads the machine output as text and the current text as currentText", () => {
    const result = parseGalleyJson(JSON.stringify(article));
    expect(result.ok && result.value.segments[0]).toMatchObject({
      text: "Helo world",
      currentText: "Hello world",
      status: "approved",
      externalId: "u1/s1",
    });
  });

  it("reports malformed JSON with its line and column when V8 names a position", () => {
    expect(parseGalleyJson('{\n  "format": "galley-article",\n  oops\n}')).toEqual({
      ok: false,
      code: "jsonMalformed",
      details: { line: 3, column: 3 },
    });
    expect(parseGalleyJson('{"format": ')).toMatchObject({ ok: false, code: "jsonMalformed" });
  });

  it("names another version of the format", () => {
    expect(parseGalleyJson(JSON.stringify({ ...article, version: 2 }))).toEqual({
      ok: false,
      code: "jsonVersionUnsupported",
      details: { version: 2 },
    });
  });

  it.each([
    ["a wrong format", { ...article, format: "other" }, "format"],
    ["an unknown status", { ...article, segments: [{ ...segment, status: "done" }] }, "segments.0.status"],
    ["a line break in a text", { ...article, segments: [{ ...segment, text: "two\nlines" }] }, "segments.0.text"],
    ["text in a gap", { ...article, segments: [{ ...segment, gapBefore: "x" }] }, "segments.0.gapBefore"],
    ["a field the format doesn't have", { ...article, segments: [{ ...segment, colour: "red" }] }, "segments.0"],
    [
      "a bad date",
      { ...article, segments: [{ ...segment, revisions: [{ ...segment.revisions[0], createdAt: "yesterday" }] }] },
      "segments.0.revisions.0.createdAt",
    ],
    [
      "an empty hint",
      { ...article, segments: [{ ...segment, hints: [{ type: "link", start: 3, end: 3 }] }] },
      "segments.0.hints.0",
    ],
    ["blocks out of order", { ...article, segments: [{ ...segment, block: 1 }, segment] }, "segments"],
  ])("refuses %s, naming where", (_, value, path) => {
    expect(parseGalleyJson(JSON.stringify(value))).toMatchObject({ ok: false, code: "jsonInvalid", details: { path } });
  });

  describe("bad input is refused with the path of the problem, never stored", () => {
    const withSegment = (change: Record<string, unknown>) =>
      JSON.stringify({ ...article, segments: [{ ...segment, ...change }] });
    const withRevision = (change: Record<string, unknown>) =>
      withSegment({ revisions: [{ ...segment.revisions[0], ...change }] });

    it.each([
      ["a NUL in the text", withSegment({ text: "Hello\u0000world" }), "segments.0.text"],
      ["a lone surrogate in the source", withSegment({ sourceText: "Hola \ud800" }), "segments.0.sourceText"],
      ["a NUL in the title", JSON.stringify({ ...article, title: "A\u0000" }), "title"],
      ["a lone surrogate in the origin", JSON.stringify({ ...article, origin: "\udc00.txt" }), "origin"],
      [
        "a NUL in an author's name",
        withRevision({ author: { name: "N\u0000", email: "n@example.com" } }),
        "segments.0.revisions.0.author.name",
      ],
      ["a NUL in a comment", withRevision({ comment: "\u0000" }), "segments.0.revisions.0.comment"],
    ])("refuses %s", (_, json, path) => {
      expect(parseGalleyJson(json)).toEqual({
        ok: false,
        code: "jsonInvalid",
        details: { path, problem: "contains a NUL character or a lone surrogate" },
      });
    });

    it.each([
      ["a block past PostgreSQL's int", withSegment({ block: 2 ** 31 }), "segments.0.block"],
      ["a negative block", withSegment({ block: -1 }), "segments.0.block"],
      [
        "a hint end past PostgreSQL's int",
        withSegment({ hints: [{ type: "link", start: 0, end: 2 ** 31 }] }),
        "segments.0.hints.0.end",
      ],
      [
        "a revision version past PostgreSQL's int",
        withRevision({ version: 2 ** 31 }),
        "segments.0.revisions.0.version",
      ],
      [
        "a revision version whose next one would not fit",
        withRevision({ version: 2 ** 31 - 1 }),
        "segments.0.revisions.0.version",
      ],
      ["a huge number", withSegment({ block: 1e300 }), "segments.0.block"],
      ["a fraction", withSegment({ block: 1.5 }), "segments.0.block"],
      [
        "a date in the year 0",
        withRevision({ createdAt: "0000-01-01T00:00:00.000Z" }),
        "segments.0.revisions.0.createdAt",
      ],
      [
        "a revision text longer than a segment can be",
        withRevision({ textAfter: "x".repeat(5_001) }),
        "segments.0.revisions.0.textAfter",
      ],
    ])("refuses %s", (_, json, path) => {
      expect(parseGalleyJson(json)).toMatchObject({ ok: false, code: "jsonInvalid", details: { path } });
    });

    it("takes the largest block PostgreSQL can store", () => {
      expect(parseGalleyJson(withSegment({ block: 2 ** 31 - 1 })).ok).toBe(true);
    });

    it.each([
      ["targetLang", "!!"],
      ["targetLang", "xx"],
      ["sourceLang", "not a tag"],
    ])("refuses %s %j as a language", (field, language) => {
      expect(parseGalleyJson(JSON.stringify({ ...article, [field]: language }))).toEqual({
        ok: false,
        code: "languageInvalid",
        details: { language },
      });
    });

    it("keeps languages in canonical BCP 47 form", () => {
      const result = parseGalleyJson(JSON.stringify({ ...article, targetLang: "en-gb", sourceLang: "CA" }));
      expect(result.ok && [result.value.targetLang, result.value.sourceLang]).toEqual(["en-GB", "ca"]);
    });
  });
});
