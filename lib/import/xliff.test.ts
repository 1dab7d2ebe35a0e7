import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ArticleDraft } from "./article-draft";
import { MAX_NESTING } from "./nesting";
import { parseXliff } from "./xliff";

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
}

function parsed(xml: string): ArticleDraft {
  const result = parseXliff(xml, { origin: "file.xlf" });
  if (!result.ok) throw new Error(`expected a draft, got ${result.code} ${JSON.stringify(result.details)}`);
  return result.value;
}

function xliff2(units: string, root = 'srcLang="ca" trgLang="en"'): string {
  return `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ${root}><file id="f">${units}</file></xliff>`;
}

describe("parseXliff 2.0", () => {
  const draft = parsed(fixture("article-2-0.xlf"));

  it("reads the languages and one block per unit, through groups", () => {
    expect(draft).toMatchObject({ sourceLang: "ca", targetLang: "en", origin: "file.xlf", trailingText: "\n" });
    expect(draft.title).toBe(
      "Beach hotels, works of art and cannon fodder: this is how the Russians seduce North Korea",
    );
    expect(draft.segments.map((segment) => segment.block)).toEqual([0, 1, 2, 3, 3, 4, 5, 6, 6]);
  });

  it("keeps unit and segment ids, source, target and states", () => {
    expect(draft.segments.map((segment) => [segment.externalId, segment.status, segment.kind])).toEqual([
      ["kicker/1", "approved", "page_chrome"],
      ["title/1", "new", "headline"],
      ["standfirst/1", "edited", "standfirst"],
      ["p1/1", "approved", "paragraph"],
      ["p1/2", "new", "paragraph"],
      ["p2/1", "new", "paragraph"],
      ["h2-1/1", "new", "subheading"],
      ["p3", "new", "paragraph"],
      ["p3", "new", "paragraph"],
    ]);
    expect(draft.segments[3]).toMatchObject({
      sourceText:
        "MoscouNomés hi ha un país al món obligat a defensar Corea del Nord —l'estat pària per excel·lència— en cas d'atac: Rússia.",
      text: "MoscowThere is only one country in the world obligated to defend North Korea—the quintessential pariah state—in the event of an attack: Russia.",
      hints: [{ type: "strong", start: 0, end: 6 }],
    });
  });

  it("takes <ignorable> text as the space between segments and drops placeholders", () => {
    expect(draft.segments[4]?.gapBefore).toBe(" ");
    expect(draft.segments[5]?.text).toBe(
      "It is estimated that Kim Jong-un has sent nearly 15,000 men to the war in UkraineMost of them fought to recapture Kursk, and although there are no official figures, the number of dead and wounded could be around 5,000.",
    );
    expect(draft.segments[5]?.hints).toEqual([{ type: "link", start: 67, end: 81 }]);
  });

  it("gives a segment without a target empty text, keeping its source", () => {
    expect(draft.segments[8]).toMatchObject({
      text: "",
      sourceText: "Té capacitat per a 20.000 persones i aspira a acollir un milió de visitants cada any.",
    });
  });

  it("takes an MT translation candidate as the machine output and the target as the current text", () => {
    const result = parsed(
      xliff2(
        '<unit id="u1"><mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#s1" type="mt"><source>Hola.</source><target>Helo.</target></mtc:match></mtc:matches>' +
          '<segment id="s1" state="reviewed"><source>Hola.</source><target>Hello.</target></segment></unit>',
      ),
    );
    expect(result.segments).toEqual([
      {
        block: 0,
        kind: "headline",
        gapBefore: "",
        text: "Helo.",
        currentText: "Hello.",
        sourceText: "Hola.",
        status: "edited",
        externalId: "u1/s1",
      },
    ]);
  });

  it("writes <cp> characters back and folds line breaks in a target into spaces", () => {
    const result = parsed(
      xliff2(
        '<unit id="u"><segment><source>a</source><target>Bell<cp hex="0007"/> rings\n   twice.</target></segment></unit>',
      ),
    );
    expect(result.segments[0]?.text).toBe("Bell\u0007 rings twice.");
  });

  it("refuses inline codes nested deeper than any article, rather than overflow the stack", () => {
    const nested = `${'<pc id="1">'.repeat(1_000)}x${"</pc>".repeat(1_000)}`;
    expect(
      parseXliff(xliff2(`<unit id="u"><segment><source>x</source><target>${nested}</target></segment></unit>`), {
        origin: "x",
      }),
    ).toEqual({
      ok: false,
      code: "fileTooDeep",
      details: { maxDepth: MAX_NESTING },
    });
  });

  it("reads Galley's subState over the state, and kinds from galley:kinds", () => {
    const result = parsed(
      xliff2(
        '<unit id="u" xmlns:galley="urn:galley:xliff:1" galley:kinds="dateline paragraph"><segment state="initial" subState="galley:rejected"><source>Moscou</source><target>Moscow</target></segment>' +
          '<segment state="translated" subState="other:thing"><source>Hi ha.</source><target>There is.</target></segment></unit>',
      ),
    );
    expect(result.segments.map((segment) => [segment.kind, segment.status])).toEqual([
      ["dateline", "rejected"],
      ["paragraph", "new"],
    ]);
  });

  it("names the unit without an id by its line and column", () => {
    expect(parseXliff(xliff2("\n  <unit>\n<segment><source>a</source></segment></unit>"), { origin: "x" })).toEqual({
      ok: false,
      code: "xliffInvalid",
      details: { line: 2, column: 8, problem: "missingId" },
    });
  });

  it("refuses a segment without a source", () => {
    expect(
      parseXliff(xliff2('<unit id="u"><segment><target>a</target></segment></unit>'), { origin: "x" }),
    ).toMatchObject({
      ok: false,
      code: "xliffInvalid",
      details: { problem: "missingSource" },
    });
  });

  it("uses the caller's target language only when the file names none", () => {
    const units = '<unit id="u"><segment><source>a</source><target>b</target></segment></unit>';
    expect(parseXliff(xliff2(units, 'srcLang="ca"'), { origin: "x" })).toMatchObject({
      ok: false,
      code: "languageMissing",
    });
    expect(parseXliff(xliff2(units, 'srcLang="ca"'), { origin: "x", targetLang: "en" })).toMatchObject({
      ok: true,
      value: { targetLang: "en" },
    });
    expect(parseXliff(xliff2(units, 'srcLang="ca" trgLang="en-gb"'), { origin: "x", targetLang: "es" })).toMatchObject({
      ok: true,
      value: { targetLang: "en-GB" },
    });
  });
});

describe("parseXliff 1.2", () => {
  const draft = parsed(fixture("article-1-2.xlf"));

  it("reads one segment per trans-unit, ids kept, through groups", () => {
    expect(draft).toMatchObject({ sourceLang: "ca", targetLang: "en" });
    expect(draft.segments.map((segment) => [segment.externalId, segment.kind, segment.status])).toEqual([
      ["kicker", "page_chrome", "approved"],
      ["title", "headline", "new"],
      ["standfirst", "standfirst", "approved"],
      ["p1-s1", "paragraph", "approved"],
      ["p2-s1", "paragraph", "new"],
      ["p2-s2", "paragraph", "rejected"],
      ["h2-1", "subheading", "new"],
      ["p3-s1", "paragraph", "new"],
    ]);
  });

  it("keeps source and target text, flattening <g> and dropping <x/>", () => {
    expect(draft.segments[4]).toMatchObject({
      sourceText:
        "Es calcula que Kim Jong-un ha enviat prop de 15.000 homes a la guerra d'UcraïnaLa majoria van lluitar per recuperar Kursk.",
      text: "It is estimated that Kim Jong-un has sent nearly 15,000 men to the war in UkraineMost of them fought to recapture Kursk.",
      hints: [{ type: "link", start: 67, end: 81 }],
    });
    expect(draft.segments[5]?.text).toBe(
      "Although there are no official figures, the dead and wounded could be either 5,000.",
    );
    expect(draft.segments[7]).toMatchObject({
      text: "",
      sourceText: "Té capacitat per a 20.000 persones & aspira a acollir un milió de visitants cada any.",
    });
  });

  it("ignores alternatives that are not machine output", () => {
    expect(draft.segments[5]?.currentText).toBeUndefined();
  });

  it("reads a 1.2 file written without its namespace", () => {
    const result = parsed(
      '<xliff version="1.2"><file source-language="ca" target-language="en" datatype="plaintext" original="x"><body><trans-unit id="1"><source>Hola.</source><target>Hello.</target></trans-unit></body></file></xliff>',
    );
    expect(result.segments).toMatchObject([{ externalId: "1", text: "Hello.", sourceText: "Hola.", status: "new" }]);
  });
});

describe("parseXliff on other documents", () => {
  it.each([
    ["XLIFF 2.0.1", '<xliff version="2.0.1" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>', "2.0.1"],
    ["XLIFF 2.3", '<xliff version="2.3" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>', "2.3"],
    ["XLIFF 2.10", '<xliff version="2.10" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>', "2.10"],
    ["XLIFF 1.0", '<xliff version="1.0"/>', "1.0"],
    ["XLIFF 1.2 with a trailing space", '<xliff version="1.2 "/>', "1.2 "],
    ["a version named after an object's property", '<xliff version="constructor"/>', "constructor"],
    ["XLIFF 1.2 in the 2.0 namespace", '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>', "1.2"],
    ["XLIFF 2.0 without its namespace", '<xliff version="2.0"/>', "2.0"],
    ["an XLIFF without a version", '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"/>', null],
  ])("refuses %s as unsupported", (_, xml, version) => {
    expect(parseXliff(xml, { origin: "x" })).toEqual({
      ok: false,
      code: "xliffVersionUnsupported",
      details: { version },
    });
  });

  it.each([
    ["2.1", "urn:oasis:names:tc:xliff:document:2.0"],
    ["2.2", "urn:oasis:names:tc:xliff:document:2.2"],
  ])("reads XLIFF %s", (version, namespace) => {
    const xml = `<xliff xmlns="${namespace}" version="${version}" srcLang="ca" trgLang="en"><file id="f"><unit id="u"><segment state="final"><source>Hola.</source><target>Hello.</target></segment></unit></file></xliff>`;
    const result = parseXliff(xml, { origin: "x" });
    expect(result.ok && result.value.segments).toMatchObject([
      { text: "Hello.", sourceText: "Hola.", status: "approved", externalId: "u" },
    ]);
  });

  describe("XLIFF 1.1 from translate-toolkit's po2xliff", () => {
    const poXliff = (header: string) =>
      `<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">
<file datatype="po" original="article.po" source-language="ca" target-language="en"><body>
${header}
<trans-unit id="2"><source>El pressupost que ningú no volia</source><target>The budget that nobody wanted</target></trans-unit>
<trans-unit id="3" approved="yes"><source>Hi ha un sol país.</source><target>There is only one country.</target></trans-unit>
</body></file></xliff>`;
    const metadata =
      "Project-Id-Version: article 1.0\nLanguage: en\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n";

    it.each([
      [
        "marked with its restype",
        `<trans-unit xml:space="preserve" id="1" restype="x-gettext-domain-header" approved="no"><source>${metadata}</source><target>${metadata}</target></trans-unit>`,
      ],
      [
        "with an empty source and PO metadata as its target",
        `<trans-unit id="1"><source></source><target>${metadata}</target></trans-unit>`,
      ],
    ])("reads it like 1.2, leaving out the PO header %s", (_, header) => {
      const result = parseXliff(poXliff(header), { origin: "article.xlf" });
      expect(result.ok && result.value.title).toBe("The budget that nobody wanted");
      expect(
        result.ok && result.value.segments.map((segment) => [segment.externalId, segment.text, segment.status]),
      ).toEqual([
        ["2", "The budget that nobody wanted", "new"],
        ["3", "There is only one country.", "approved"],
      ]);
    });

    it("keeps a unit with an empty source whose target is ordinary text", () => {
      const result = parseXliff(poXliff('<trans-unit id="1"><source></source><target>Politics</target></trans-unit>'), {
        origin: "article.xlf",
      });
      expect(result.ok && result.value.segments.map((segment) => segment.externalId)).toEqual(["1", "2", "3"]);
    });
  });

  it("refuses XML that is not XLIFF", () => {
    expect(parseXliff("<html><body/></html>", { origin: "x" })).toMatchObject({
      ok: false,
      code: "xliffInvalid",
      details: { problem: "notXliff" },
    });
  });

  it("reports malformed XML with its line and column", () => {
    expect(parseXliff(fixture("article-2-0.xlf").replace("</segment>", "</segmnet>"), { origin: "x" })).toMatchObject({
      ok: false,
      code: "xmlMalformed",
      details: { line: 10, column: 18 },
    });
  });
});
