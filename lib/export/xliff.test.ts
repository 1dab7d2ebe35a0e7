import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE_PATH } from "../../prisma/demo/demo-article";
import type { ArticleDraft, SegmentDraft } from "../import/article-draft";
import { parsePlainText } from "../import/plain-text";
import { parseXliff } from "../import/xliff";
import { parseXml } from "../import/parse-xml";
import type { ArticleContent, ExportSegment } from "./article-content";
import { contentOfDraft } from "./content-of-draft";
import { toXliff12 } from "./xliff-1-2";
import { toXliff2 } from "./xliff-2";

const WRITERS = { "2.0": toXliff2, "1.2": toXliff12 } as const;

function fixture(name: string): string {
  return readFileSync(new URL(`../import/fixtures/${name}`, import.meta.url), "utf8");
}

function imported(xml: string): ArticleDraft {
  const result = parseXliff(xml, { origin: "article.xlf" });
  if (!result.ok) throw new Error(`expected a draft, got ${result.code} ${JSON.stringify(result.details)}`);
  return result.value;
}

/** What XLIFF carries of a segment; hints are left to the first import (see the README). */
function carried(segment: SegmentDraft) {
  const { hints: _hints, ...rest } = segment;
  return rest;
}

describe.each([
  ["2.0", "article-2-0.xlf"],
  ["1.2", "article-1-2.xlf"],
] as const)("XLIFF %s round trip", (version, file) => {
  const first = imported(fixture(file));
  const written = WRITERS[version](contentOfDraft(first));
  const second = imported(written);

  it("writes well-formed XML", () => {
    expect(parseXml(written).ok).toBe(true);
  });

  it("gives back the same segments, ids, sources, states and kinds", () => {
    expect(second.segments.map(carried)).toEqual(first.segments.map(carried));
    expect(second).toMatchObject({ title: first.title, sourceLang: "ca", targetLang: "en" });
  });

  it("is stable: a second export is the same file", () => {
    expect(WRITERS[version](contentOfDraft(second))).toBe(written);
  });
});

describe("XLIFF export of a reviewed article", () => {
  const draft = parsePlainText(readFileSync(DEMO_ARTICLE_PATH, "utf8"), {
    origin: "seed-article.txt",
    targetLang: "en",
    sourceLang: "ca",
  });
  const base = contentOfDraft(draft);
  const statuses = ["new", "edited", "approved", "rejected"] as const;
  const reviewed: ArticleContent = {
    ...base,
    segments: base.segments.map((segment, index): ExportSegment => {
      const status = statuses[index % statuses.length] ?? "new";
      return { ...segment, status, text: status === "edited" ? `${segment.text} (edited)` : segment.text };
    }),
  };

  it.each(["2.0", "1.2"] as const)(
    "%s keeps text, machine output, status, kind and block of every segment, chrome included",
    (version) => {
      const back = contentOfDraft(imported(WRITERS[version](reviewed)));
      const essentials = (segment: ExportSegment) => [
        segment.block,
        segment.kind,
        segment.status,
        segment.text,
        segment.mtText,
        segment.sourceText,
      ];
      expect(back.segments.map(essentials)).toEqual(reviewed.segments.map(essentials));
      expect(back.segments.some((segment) => segment.kind === "page_chrome")).toBe(true);
      const headline = reviewed.segments.find((segment) => segment.kind === "headline");
      expect(back).toMatchObject({ sourceLang: "ca", targetLang: "en", title: headline?.text });
    },
  );

  it("2.0 keeps the exact space between the sentences of a block", () => {
    const back = contentOfDraft(imported(toXliff2(reviewed)));
    const withinBlocks = (segments: readonly ExportSegment[]) =>
      segments.map((segment, index) => (segments[index - 1]?.block === segment.block ? segment.gapBefore : "|"));
    expect(withinBlocks(back.segments)).toEqual(withinBlocks(reviewed.segments));
  });

  it('marks page chrome translate="no" and keeps the machine output of an edited segment as a candidate', () => {
    const xml = toXliff2(reviewed);
    expect(xml).toMatch(/<unit id="u1" translate="no" galley:kinds="page_chrome">/u);
    expect(xml).toContain('<mtc:match ref="#s1" type="mt" origin="galley">');
    const legacy = toXliff12(reviewed);
    expect(legacy).toMatch(
      /<trans-unit id="s1" translate="no" xml:space="preserve" galley:block="0" galley:kind="page_chrome" galley:status="new">/u,
    );
    expect(legacy).toContain('<alt-trans origin="machine-translation">');
    expect(legacy).toContain('approved="yes"');
  });

  it("2.0 with nothing in scope still gives its file a child, as the schema requires", () => {
    const nothingApproved: ArticleContent = {
      ...reviewed,
      segments: reviewed.segments.map((segment) => ({ ...segment, status: "edited" })),
    };
    const xml = toXliff2(nothingApproved, { scope: "approved" });
    expect(parseXml(xml).ok).toBe(true);
    expect(xml).toMatch(/<file [^>]*>\s*<group id="empty"\/>\s*<\/file>/u);
  });

  it.each(["2.0", "1.2"] as const)("%s with scope approved holds only approved segments", (version) => {
    const back = imported(WRITERS[version](reviewed, { scope: "approved" }));
    expect(back.segments.length).toBe(reviewed.segments.filter((segment) => segment.status === "approved").length);
    expect(back.segments.every((segment) => segment.status === "approved")).toBe(true);
  });
});

describe("XLIFF escaping", () => {
  const tricky: ArticleContent = {
    title: "T",
    trailingText: "",
    sourceLang: null,
    targetLang: "en",
    origin: 'a "quoted" & <odd> name.txt',
    segments: [
      {
        block: 0,
        kind: "paragraph",
        gapBefore: "",
        text: "<script>alert('x')</script> & ]]> \"q\"",
        sourceText: "Tab\there",
        externalId: "id with spaces & <stuff>",
      },
      {
        block: 0,
        kind: "paragraph",
        gapBefore: "  ",
        text: "Bell\u0007 and a lone \uD800 surrogate.",
        sourceText: null,
        externalId: null,
      },
    ],
  };

  it("2.0 writes characters XML forbids as <cp> and reads them back", () => {
    const back = imported(toXliff2(tricky)).segments;
    expect(back.map((segment) => [segment.text, segment.sourceText, segment.gapBefore])).toEqual([
      ["<script>alert('x')</script> & ]]> \"q\"", "Tab\there", ""],
      ["Bell\u0007 and a lone \uD800 surrogate.", null, "  "],
    ]);
    expect(toXliff2(tricky)).toContain('<cp hex="0007"/>');
  });

  it("2.0 replaces an id that is not an NMTOKEN", () => {
    expect(imported(toXliff2(tricky)).segments[0]?.externalId).toBe("u1");
  });

  it("1.2 keeps any id, and writes characters XML forbids as U+FFFD", () => {
    const back = imported(toXliff12(tricky)).segments;
    expect(back.map((segment) => [segment.externalId, segment.text])).toEqual([
      ["id with spaces & <stuff>", "<script>alert('x')</script> & ]]> \"q\""],
      ["s1", "Bell\uFFFD and a lone \uFFFD surrogate."],
    ]);
  });
});
