import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ArticleDraft, SegmentDraft } from "./article-draft";
import { MAX_NESTING } from "./nesting";
import { parseMarkdown } from "./markdown";
import { MAX_MARKDOWN_DEPTH } from "./markdown-shape";

function parsed(
  markdown: string,
  options = { origin: "article.md", targetLang: "en", sourceLang: "ca" },
): ArticleDraft {
  const result = parseMarkdown(markdown, options);
  if (!result.ok) throw new Error(`expected a draft, got ${result.code}`);
  return result.value;
}

const draft = parsed(readFileSync(new URL("./fixtures/article.md", import.meta.url), "utf8"));

function segmentStarting(start: string): SegmentDraft {
  const segment = draft.segments.find((candidate) => candidate.text.startsWith(start));
  if (!segment) throw new Error(`no segment starts with ${start}`);
  return segment;
}

function hinted(segment: SegmentDraft): string[] {
  return (segment.hints ?? []).map((hint) => `${hint.type}:${segment.text.slice(hint.start, hint.end)}`);
}

describe("parseMarkdown", () => {
  it("makes # the headline and the title, ## a subheading", () => {
    expect(draft.title).toBe(
      "Beach hotels, works of art and cannon fodder: this is how the Russians seduce North Korea",
    );
    expect(draft.segments[0]).toMatchObject({ block: 0, kind: "headline", gapBefore: "" });
    expect(segmentStarting("Open to Russian tourism").kind).toBe("subheading");
  });

  it("reads Galley's own bold standfirst and italic caption back as such", () => {
    expect(draft.segments.slice(1, 3).map((segment) => [segment.kind, segment.text])).toEqual([
      [
        "standfirst",
        "The first North Korean painting exhibition in Moscow thanks the Kremlin for the growing alliance between the two countries.",
      ],
      [
        "caption",
        "North Korean leader Kim Jong-un welcomes Russian President Vladimir Putin upon his arrival in Pyongyang for a state visit.",
      ],
    ]);
  });

  it("marks a date line as page chrome", () => {
    expect(segmentStarting("12/11/2025").kind).toBe("page_chrome");
  });

  it("splits paragraphs into sentences, joining soft-wrapped lines with a space", () => {
    const paragraph = draft.segments.filter((segment) => segment.block === segmentStarting("Moscow").block);
    expect(paragraph.map((segment) => [segment.gapBefore, segment.text])).toEqual([
      [
        "\n\n",
        "MoscowThere is only one country in the world obligated to defend North Korea—the quintessential pariah state—in the event of an attack: Russia.",
      ],
      [
        " ",
        "The two countries have had a comprehensive strategic partnership agreement since 2024, making them extremely close allies.",
      ],
    ]);
  });

  it("removes emphasis from the text and keeps where it was as hints", () => {
    expect(hinted(segmentStarting("Moscow"))).toEqual(["strong:Moscow"]);
    expect(hinted(segmentStarting("Under titles"))).toEqual([
      "emphasis:Giving a precious life",
      "emphasis:Heroic fighters: for the dignity and honor of the homeland",
    ]);
    expect(segmentStarting("Under titles").text).toContain("homelandThe paintings");
    expect(hinted(segmentStarting("Another work"))).toEqual(["emphasis:In the same trench"]);
    expect(segmentStarting("Another work").text).toBe(
      "Another work, In the same trench, depicts Russian and North Korean soldiers smiling fraternally.",
    );
  });

  it("keeps a link's text, and where it ended, with nothing inserted there", () => {
    const segment = segmentStarting("It is estimated");
    expect(segment.text).toContain("the war in UkraineMost of them fought");
    expect(segment.hints).toEqual([{ type: "link", start: 67, end: 81 }]);
    expect(segment.text.slice(81, 85)).toBe("Most");
  });

  it("reads quotes and list items as paragraphs, a hard break as a new block, and inline code as text", () => {
    expect(segmentStarting('"We only see').block).not.toBe(segmentStarting("It's like going back").block);
    expect(segmentStarting("Aside from").kind).toBe("paragraph");
    expect(segmentStarting("Hyperrealistic").text).toBe(
      "Hyperrealistic art, of a socialist realism that would have moved even Stalin himself.",
    );
  });

  it("leaves out images, raw HTML and rules", () => {
    const text = draft.segments.map((segment) => segment.text).join(" ");
    expect(text).not.toMatch(/Wonsan-Kalma resort|Share this article|<div|---|https?:/u);
  });

  it("numbers blocks in order and ends with a line break", () => {
    const blocks = draft.segments.map((segment) => segment.block);
    expect(blocks).toEqual([...blocks].sort((left, right) => left - right));
    expect(new Set(blocks).size).toBe(Math.max(...blocks) + 1);
    expect(draft.trailingText).toBe("\n");
    expect(draft).toMatchObject({ sourceLang: "ca", targetLang: "en", origin: "article.md" });
  });

  it("gives a document without text no segments", () => {
    expect(parsed("![only](image.png)\n\n---\n").segments).toEqual([]);
  });

  it("refuses nesting deeper than any article, before the parser spends its time on it", () => {
    expect(parseMarkdown(`${">".repeat(MAX_NESTING + 1)} x`, { origin: "x.md", targetLang: "en" })).toEqual({
      ok: false,
      code: "fileTooDeep",
      details: { maxDepth: MAX_MARKDOWN_DEPTH },
    });
    expect(parsed(`${">".repeat(20)} quoted`).segments.map((segment) => segment.text)).toEqual(["quoted"]);
  });

  it("keeps a span that a hard line break interrupts to the block it ends in", () => {
    const result = parsed("*one  \ntwo* three");
    expect(result.segments.map((segment) => [segment.text, segment.hints])).toEqual([
      ["one", undefined],
      ["two three", [{ type: "emphasis", start: 0, end: 3 }]],
    ]);
  });
});
