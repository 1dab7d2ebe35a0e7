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

const article = { format: "galley-article", version: 1, title: "Hello world", sourceLang: "ca", targetLang: "en", origin: "a.txt", trailingText: "\n", segments: [segment] };

describe("parseGalleyJson", () => {
  it("reads the machine output as text and the current text as currentText", () => {
    const result = parseGalleyJson(JSON.stringify(article));
    expect(result.ok && result.value.segments[0]).toMatchObject({ text: "Helo world", currentText: "Hello world", status: "approved", externalId: "u1/s1" });
  });

  it("reports malformed JSON with its line and column when V8 names a position", () => {
    expect(parseGalleyJson('{\n  "format": "galley-article",\n  oops\n}')).toEqual({ ok: false, code: "jsonMalformed", details: { line: 3, column: 3 } });
    expect(parseGalleyJson('{"format": ')).toMatchObject({ ok: false, code: "jsonMalformed" });
  });

  it("names another version of the format", () => {
    expect(parseGalleyJson(JSON.stringify({ ...article, version: 2 }))).toEqual({ ok: false, code: "jsonVersionUnsupported", details: { version: 2 } });
  });

  it.each([
    ["a wrong format", { ...article, format: "other" }, "format"],
    ["an unknown status", { ...article, segments: [{ ...segment, status: "done" }] }, "segments.0.status"],
    ["a line break in a text", { ...article, segments: [{ ...segment, text: "two\nlines" }] }, "segments.0.text"],
    ["text in a gap", { ...article, segments: [{ ...segment, gapBefore: "x" }] }, "segments.0.gapBefore"],
    ["a field the format doesn't have", { ...article, segments: [{ ...segment, colour: "red" }] }, "segments.0"],
    ["a bad date", { ...article, segments: [{ ...segment, revisions: [{ ...segment.revisions[0], createdAt: "yesterday" }] }] }, "segments.0.revisions.0.createdAt"],
    ["an empty hint", { ...article, segments: [{ ...segment, hints: [{ type: "link", start: 3, end: 3 }] }] }, "segments.0.hints.0"],
    ["blocks out of order", { ...article, segments: [{ ...segment, block: 1 }, segment] }, "segments"],
  ])("refuses %s, naming where", (_, value, path) => {
    expect(parseGalleyJson(JSON.stringify(value))).toMatchObject({ ok: false, code: "jsonInvalid", details: { path } });
  });
});
