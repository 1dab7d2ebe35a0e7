import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseXliff } from "./xliff";
import { MAX_NESTING } from "./nesting";
import { parseXml } from "./parse-xml";

const folder = mkdtempSync(path.join(tmpdir(), "galley-xxe-"));
const SECRET = "galley-secret-7f3a";
const secretFile = path.join(folder, "secret.txt");
writeFileSync(secretFile, SECRET);
const secretUrl = pathToFileURL(secretFile).href;
const dtdFile = path.join(folder, "evil.dtd");
writeFileSync(dtdFile, `<!ENTITY % file SYSTEM "${secretUrl}"><!ENTITY leak "%file;">`);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function xliffWith(doctype: string, target: string): string {
  return `<?xml version="1.0"?>\n${doctype}\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ca" trgLang="en"><file id="f"><unit id="u"><segment><source>x</source><target>${target}</target></segment></unit></file></xliff>`;
}

describe("parseXml", () => {
  it("builds a tree with namespaces, attributes and text", () => {
    const result = parseXml('<a xmlns="urn:x" xmlns:g="urn:g" g:k="v"><b>one &amp; <![CDATA[<two>]]></b></a>');
    expect(result.ok && result.value).toMatchObject({
      uri: "urn:x",
      local: "a",
      attributes: [{ uri: "urn:g", local: "k", value: "v" }],
      children: [{ local: "b", children: ["one & ", "<two>"] }],
    });
  });

  it.each([
    ["an unclosed element", '<?xml version="1.0"?>\n<xliff>\n  <file>\n    <unit></file>\n</xliff>', 4, 17],
    ["a mismatched close tag", "<a>\n<b>text</c></a>", 2, 11],
    ["a duplicate attribute", '<xliff>\n<source a="1" a="2"/></xliff>', 2, 21],
    ["a control character", "<a>\u0001</a>", 1, 4],
    ["a second root", "<a></a><b/>", 1, 10],
    // saxes reads an entity name up to the next ";", so a stray "&" is reported there.
    ["a stray ampersand", "<xliff>\n  <unit>\n    <target>Tom & Jerry;</target>\n  </unit>\n</xliff>", 3, 24],
    ["an unquoted attribute", "<xliff version=2.0></xliff>", 1, 16],
    ["a truncated document", "<xliff><file>", 1, 13],
  ])("reports %s with its line and column", (_, xml, line, column) => {
    const result = parseXml(xml);
    expect(result).toMatchObject({ ok: false, code: "xmlMalformed", details: { line, column } });
    expect(!result.ok && result.code === "xmlMalformed" && result.details.reason).not.toBe("");
  });

  it("takes elements nested exactly as deep as the limit", () => {
    const xml = `${"<pc>".repeat(MAX_NESTING)}x${"</pc>".repeat(MAX_NESTING)}`;
    expect(parseXml(xml).ok).toBe(true);
  });

  it("stops at the first element past the limit: what follows it is never read", () => {
    // The malformed tail would be reported if the parser went on past the deep element.
    const xml = `${"<pc>".repeat(MAX_NESTING + 1)}<<<not xml`;
    expect(parseXml(xml)).toEqual({ ok: false, code: "fileTooDeep", details: { maxDepth: MAX_NESTING } });
  });

  it("refuses 200,000 nested elements as too deep", () => {
    const xml = `<xliff>${"<pc>".repeat(200_000)}${"</pc>".repeat(200_000)}</xliff>`;
    expect(parseXml(xml)).toEqual({ ok: false, code: "fileTooDeep", details: { maxDepth: MAX_NESTING } });
  });
});

describe("XML external entities and DTDs", () => {
  it.each([
    ["an external entity", `<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "${secretUrl}">]>`, "&xxe;"],
    ["an external DTD", `<!DOCTYPE xliff SYSTEM "${pathToFileURL(dtdFile).href}">`, "&leak;"],
    [
      "a parameter entity",
      `<!DOCTYPE xliff [<!ENTITY % remote SYSTEM "${pathToFileURL(dtdFile).href}"> %remote;]>`,
      "&leak;",
    ],
    [
      "billion laughs",
      `<!DOCTYPE xliff [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>`,
      "&lol4;",
    ],
    ["an internal entity", '<!DOCTYPE xliff [<!ENTITY name "Núria">]>', "&name;"],
  ])("refuses %s, reading nothing", (_, doctype, target) => {
    const xml = xliffWith(doctype, target);
    const result = parseXliff(xml, { origin: "evil.xlf" });
    expect(result).toMatchObject({ ok: false, code: "xmlDoctypeRefused", details: { line: 2 } });
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(JSON.stringify(result)).not.toContain("lollol");
  });

  it("leaves an entity that no DTD declares unexpanded, as an error", () => {
    expect(parseXml(`<a>&xxe;</a>`)).toMatchObject({
      ok: false,
      code: "xmlMalformed",
      details: { line: 1, column: 8 },
    });
  });

  it("does read the five predefined entities and character references", () => {
    const result = parseXml("<a>&lt;&gt;&amp;&quot;&apos;&#233;&#x20AC;</a>");
    expect(result.ok && result.value.children).toEqual([`<>&"'é€`]);
  });
});
