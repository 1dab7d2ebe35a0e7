import { describe, expect, it } from "vitest";
import { charsetOf, detectFormat, type FormatClues } from "./detect-format";

describe("detectFormat", () => {
  it.each<[string, FormatClues, ReturnType<typeof detectFormat>]>([
    ["a .txt name", { fileName: "article.txt" }, "text"],
    ["a .md name", { fileName: "Article.MD" }, "markdown"],
    ["an .htm name", { fileName: "page.htm" }, "html"],
    ["an .xlf name", { fileName: "article.ca-en.xlf" }, "xliff"],
    ["a .json name", { fileName: "backup.json" }, "galley-json"],
    ["a text/html type with parameters", { contentType: "Text/HTML; charset=windows-1252" }, "html"],
    ["an XLIFF media type", { contentType: "application/xliff+xml" }, "xliff"],
    ["the name over the type", { fileName: "notes.md", contentType: "text/plain" }, "markdown"],
    ["the caller's word over the content", { fileName: "article.txt", head: "<xliff version='1.2'>" }, "text"],
    [
      "XLIFF after a declaration and a comment",
      { fileName: "export.xml", head: '<?xml version="1.0"?>\n<!-- from the CMS -->\n<xliff version="2.0">' },
      "xliff",
    ],
    ["a prefixed XLIFF root", { head: '<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2">' }, "xliff"],
    [
      "HTML by its doctype",
      { contentType: "application/octet-stream", head: "\uFEFF<!DOCTYPE html>\n<html lang=en>" },
      "html",
    ],
    ["HTML by its root", { head: "  <html>\n<body>" }, "html"],
    ["Galley JSON", { head: '{\n  "format": "galley-article",\n  "version": 1' }, "galley-json"],
    ["Markdown by a heading", { head: "Some intro\n\n## A heading\n\nText." }, "markdown"],
    ["nothing in plain prose", { head: "Beach hotels, works of art and cannon fodder.\n\nMoscow." }, null],
    ["nothing in other JSON", { fileName: "data", head: '{ "format": "other" }' }, null],
    ["nothing in a hashtag", { head: "#1 in sales\n\nText." }, null],
    ["nothing at all", {}, null],
  ])("tells %s", (_, clues, expected) => {
    expect(detectFormat(clues)).toBe(expected);
  });
});

describe("charsetOf", () => {
  it.each([
    ["text/html; charset=windows-1252", "windows-1252"],
    ['text/plain;charset="ISO-8859-1"', "ISO-8859-1"],
    ["text/html", null],
    [null, null],
  ])("reads %j", (contentType, expected) => {
    expect(charsetOf(contentType)).toBe(expected);
  });
});
