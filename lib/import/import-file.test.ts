import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE_PATH } from "../../prisma/demo/demo-article";
import { MAX_SEGMENT_LENGTH } from "../segmentation/limits";
import { checkFileSize, DEFAULT_MAX_BYTES } from "./check-file-size";
import { readArticleFile, type ArticleFile } from "./import-file";

const encode = (text: string) => new TextEncoder().encode(text);
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function read(file: Partial<ArticleFile> & Pick<ArticleFile, "bytes">) {
  return readArticleFile(file);
}

describe("readArticleFile", () => {
  it.each([
    [
      "plain text",
      { fileName: "seed-article.txt", bytes: new Uint8Array(readFileSync(DEMO_ARTICLE_PATH)), targetLang: "en" },
      38,
    ],
    ["Markdown", { fileName: "article.md", bytes: fixtureBytes("article.md"), targetLang: "en" }, 17],
    ["HTML", { fileName: "news-page.html", bytes: fixtureBytes("news-page.html") }, 27],
    ["XLIFF 2.0", { fileName: "article-2-0.xlf", bytes: fixtureBytes("article-2-0.xlf") }, 9],
    ["XLIFF 1.2", { fileName: "article-1-2.xlf", bytes: fixtureBytes("article-1-2.xlf") }, 8],
  ])("reads %s", (_, file, segments) => {
    const result = read(file);
    expect(result.ok && result.value.segments.length).toBe(segments);
    expect(result.ok && result.value.origin).toBe(file.fileName);
  });

  it("sniffs the format when name and type say nothing", () => {
    const result = read({ bytes: fixtureBytes("article-2-0.xlf"), contentType: "application/octet-stream" });
    expect(result.ok && result.value.segments[0]?.externalId).toBe("kicker/1");
  });

  it("refuses a file whose format it cannot tell", () => {
    expect(read({ bytes: encode("Just some prose.\n"), fileName: "article", targetLang: "en" })).toEqual({
      ok: false,
      code: "formatUnknown",
      details: { fileName: "article", contentType: null },
    });
  });

  it("refuses an empty file and one over the limit, naming the limit", () => {
    expect(read({ bytes: new Uint8Array(), fileName: "a.txt" })).toMatchObject({ ok: false, code: "fileEmpty" });
    expect(read({ bytes: encode("Hello there."), fileName: "a.txt", targetLang: "en", maxBytes: 5 })).toEqual({
      ok: false,
      code: "fileTooLarge",
      details: { size: 12, maxBytes: 5 },
    });
  });

  it("refuses text that is not UTF-8 and declares nothing", () => {
    expect(
      read({ bytes: Uint8Array.from([0x4e, 0xfa, 0x72, 0x69, 0x61, 0x2e]), fileName: "a.txt", targetLang: "en" }),
    ).toMatchObject({
      ok: false,
      code: "encodingUndeclared",
    });
  });

  it("decodes an XLIFF file that declares windows-1252", () => {
    const xml = `<?xml version="1.0" encoding="windows-1252"?>\n<xliff version="1.2"><file source-language="ca" target-language="en" datatype="plaintext" original="x"><body><trans-unit id="1"><source>La Núria paga 5 €.</source><target>Núria pays €5.</target></trans-unit></body></file></xliff>`;
    const bytes = Uint8Array.from(
      [...xml].map((character) => ({ ú: 0xfa, "€": 0x80 })[character] ?? character.charCodeAt(0)),
    );
    const result = read({ bytes, fileName: "article.xlf" });
    expect(result.ok && result.value.segments[0]).toMatchObject({
      text: "Núria pays €5.",
      sourceText: "La Núria paga 5 €.",
    });
  });

  it("decodes an HTML page that declares windows-1252 in a meta", () => {
    const html = `<!doctype html><html lang="en"><head><meta http-equiv="content-type" content="text/html; charset=windows-1252"></head><body><h1>Núria pays €5</h1></body></html>`;
    const bytes = Uint8Array.from(
      [...html].map((character) => ({ ú: 0xfa, "€": 0x80 })[character] ?? character.charCodeAt(0)),
    );
    const result = read({ bytes, contentType: "text/html" });
    expect(result.ok && result.value.title).toBe("Núria pays €5");
  });

  it("reads UTF-16 with a BOM", () => {
    const text = "Títol\n\nUna frase. Una altra.\n";
    const bytes = Uint8Array.from([
      0xff,
      0xfe,
      ...[...text].flatMap((character) => [character.charCodeAt(0) & 0xff, character.charCodeAt(0) >> 8]),
    ]);
    const result = read({ bytes, fileName: "a.txt", targetLang: "ca" });
    expect(result.ok && result.value.segments.map((segment) => segment.text)).toEqual([
      "Títol",
      "Una frase.",
      "Una altra.",
    ]);
  });

  it("sniffs and reads a UTF-16 BE XLIFF file that has no name", () => {
    const xml = fixture("article-1-2.xlf").replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const bytes = Uint8Array.from([
      0xfe,
      0xff,
      ...[...xml].flatMap((_, index) => [xml.charCodeAt(index) >> 8, xml.charCodeAt(index) & 0xff]),
    ]);
    const result = read({ bytes });
    expect(result.ok && result.value.segments[0]).toMatchObject({
      externalId: "kicker",
      sourceText: "Rússia",
      text: "Russia",
    });
  });

  it("needs a language for plain text and Markdown, and refuses one that isn't a language tag", () => {
    expect(read({ bytes: encode("# Title\n"), fileName: "a.md" })).toMatchObject({
      ok: false,
      code: "languageMissing",
    });
    expect(read({ bytes: encode("Title\n"), fileName: "a.txt", targetLang: "english please" })).toEqual({
      ok: false,
      code: "languageInvalid",
      details: { language: "english please" },
    });
  });

  it("keeps scripts and event handlers out of an HTML page's text", () => {
    const html =
      '<html lang="en"><body><p>Safe text.<script>alert("x")</script><img src=x onerror="alert(1)"></p><noscript>No script</noscript></body></html>';
    const result = read({ bytes: encode(html), fileName: "page.html" });
    expect(result.ok && result.value.segments.map((segment) => segment.text)).toEqual(["Safe text."]);
  });

  it("refuses a file with nothing to review", () => {
    expect(
      read({ bytes: encode('<html lang="en"><script>var a = 1;</script></html>'), fileName: "page.html" }),
    ).toMatchObject({ ok: false, code: "articleEmpty" });
  });

  it("reports malformed XLIFF with its line and column", () => {
    expect(
      read({ bytes: encode('<?xml version="1.0"?>\n<xliff version="1.2">\n<file>\n</xliff>'), fileName: "a.xlf" }),
    ).toMatchObject({
      ok: false,
      code: "xmlMalformed",
      details: { line: 4, column: 8 },
    });
  });

  it("refuses an XLIFF file with a DTD", () => {
    const xml =
      '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff version="1.2"/>';
    expect(read({ bytes: encode(xml), fileName: "a.xlf" })).toEqual({
      ok: false,
      code: "xmlDoctypeRefused",
      details: { line: 2, column: 60 },
    });
  });
});

describe("readArticleFile refuses what the data layer could not store", () => {
  const long = `The ${"very ".repeat(1_100)}long sentence`;

  it("refuses a plain-text segment over the limit, naming its number, line, start, length and the limit", () => {
    const text = `Headline\n\nFirst paragraph. ${long}\nLast line.\n`;
    expect(read({ bytes: encode(text), fileName: "a.txt", targetLang: "en" })).toEqual({
      ok: false,
      code: "segmentTooLong",
      details: {
        segment: 3,
        line: 3,
        start: "The very very very very very very very very very very very…",
        length: long.length,
        max: MAX_SEGMENT_LENGTH,
      },
    });
  });

  it("counts lines across CRLF and blank lines", () => {
    const result = read({ bytes: encode(`One.\r\n\r\n\r\nTwo.\r\n${long}`), fileName: "a.txt", targetLang: "en" });
    expect(result).toMatchObject({ ok: false, code: "segmentTooLong", details: { segment: 3, line: 5 } });
  });

  it("takes a segment exactly as long as the limit", () => {
    const exact = "x".repeat(MAX_SEGMENT_LENGTH);
    const result = read({ bytes: encode(`Title\n${exact}\n`), fileName: "a.txt", targetLang: "en" });
    expect(result.ok && result.value.segments.at(-1)?.text).toBe(exact);
  });

  it.each([
    [
      "an XLIFF target",
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ca" trgLang="en"><file id="f"><unit id="a"><segment><source>Hola.</source><target>Hello.</target></segment></unit><unit id="b"><segment><source>Llarg.</source><target>${long}</target></segment></unit></file></xliff>`,
      "b.xlf",
    ],
    [
      "an XLIFF source",
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ca" trgLang="en"><file id="f"><unit id="a"><segment><source>Hola.</source><target>Hello.</target></segment></unit><unit id="b"><segment><source>${long}</source><target>Short.</target></segment></unit></file></xliff>`,
      "b.xlf",
    ],
    ["a Markdown paragraph", `# Title\n\n${long}\n`, "b.md"],
    ["an HTML paragraph", `<html lang="en"><h1>Title</h1><p>${long}</p></html>`, "b.html"],
  ])("refuses %s over the limit with the segment's number and no line", (_, content, fileName) => {
    expect(read({ bytes: encode(content), fileName, targetLang: "en" })).toEqual({
      ok: false,
      code: "segmentTooLong",
      details: {
        segment: 2,
        line: null,
        start: "The very very very very very very very very very very very…",
        length: long.length,
        max: MAX_SEGMENT_LENGTH,
      },
    });
  });

  it("refuses a Galley JSON segment over the limit the same way", () => {
    const segment = {
      block: 0,
      kind: "paragraph",
      gapBefore: "",
      mtText: long,
      text: long,
      sourceText: null,
      status: "new",
      externalId: null,
      hints: [],
      revisions: [],
    };
    const json = JSON.stringify({
      format: "galley-article",
      version: 1,
      title: "T",
      sourceLang: null,
      targetLang: "en",
      origin: "x",
      trailingText: "\n",
      segments: [segment],
    });
    expect(read({ bytes: encode(json), fileName: "a.json" })).toMatchObject({
      ok: false,
      code: "segmentTooLong",
      details: { segment: 1, line: null, length: long.length },
    });
  });

  it.each([
    ["origin", { origin: "a\u0000b" }],
    ["origin", { origin: "\ud800 upload" }],
    ["fileName", { fileName: "a\u0000.txt" }],
    ["targetLang", { targetLang: "en\u0000" }],
  ])("refuses a NUL or lone surrogate in the %s given with the file", (_, options) => {
    expect(read({ bytes: encode("Title\n"), fileName: "a.txt", targetLang: "en", ...options })).toEqual({
      ok: false,
      code: "textMalformed",
    });
  });

  it.each([
    ["a.xlf", fixtureBytes("article-2-0.xlf"), { targetLang: "!!" }, "!!"],
    ["a.json", null, { sourceLang: "xx" }, "xx"],
    ["a.html", encode('<html lang="en"><p>Text.</p></html>'), { targetLang: "!!" }, "!!"],
  ])("refuses a language that is not a BCP 47 tag even when %s names its own", (fileName, bytes, options, language) => {
    expect(read({ bytes: bytes ?? encode("{}"), fileName, ...options })).toEqual({
      ok: false,
      code: "languageInvalid",
      details: { language },
    });
  });

  it("refuses an HTML page nested 200,000 elements deep as too deep", () => {
    expect(read({ bytes: encode(`<html lang="en">${"<div>".repeat(200_000)}x`), fileName: "deep.html" })).toMatchObject(
      { ok: false, code: "fileTooDeep" },
    );
  });

  it("refuses an XLIFF file nested 200,000 elements deep as too deep", () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ca" trgLang="en"><file id="f"><unit id="u"><segment><source>x</source><target>${'<pc id="1">'.repeat(200_000)}x${"</pc>".repeat(200_000)}</target></segment></unit></file></xliff>`;
    expect(read({ bytes: encode(xml), fileName: "deep.xlf" })).toMatchObject({ ok: false, code: "fileTooDeep" });
  });
});

describe("checkFileSize", () => {
  it("accepts up to the limit, which defaults to 5 MiB", () => {
    expect(checkFileSize(DEFAULT_MAX_BYTES)).toEqual({ ok: true, value: DEFAULT_MAX_BYTES });
    expect(checkFileSize(DEFAULT_MAX_BYTES + 1)).toEqual({
      ok: false,
      code: "fileTooLarge",
      details: { size: DEFAULT_MAX_BYTES + 1, maxBytes: 5 * 1024 * 1024 },
    });
    expect(checkFileSize(0)).toMatchObject({ ok: false, code: "fileEmpty" });
  });
});
