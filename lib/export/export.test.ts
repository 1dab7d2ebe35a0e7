import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE_PATH } from "../../prisma/demo/demo-article";
import { parsePlainText } from "../import/plain-text";
import { exportedBlocks, reflowedGap, type ArticleContent } from "./article-content";
import fc from "fast-check";
import type { Nodes as MdastNode } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toMarkdown } from "./markdown";
import { toPlainText } from "./plain-text";

const seed = readFileSync(DEMO_ARTICLE_PATH, "utf8");

function contentOf(text: string): ArticleContent {
  const draft = parsePlainText(text, { origin: "test.txt", targetLang: "en" });
  return { title: draft.title, trailingText: draft.trailingText, segments: draft.segments };
}

function withoutChrome(content: ArticleContent): ArticleContent {
  return {
    ...content,
    segments: content.segments.map((segment) => ({
      ...segment,
      kind: segment.kind === "page_chrome" ? "paragraph" : segment.kind,
    })),
  };
}

describe("toPlainText", () => {
  it("gives back the unedited reference article byte for byte when nothing is page chrome", () => {
    expect(toPlainText(withoutChrome(contentOf(seed)))).toBe(seed);
  });

  it.each([
    ["CRLF", "Title\r\n\r\nOne. Two.\r\nThree.\r\n"],
    ["indentation and blank lines", "  Title\n\n\n   \nBody text.  Second sentence.\n"],
    ["emoji and RTL", "Title 🎉\n\nשלום עולם. מה שלומך?\n"],
  ])("keeps %s exactly", (_, text) => {
    expect(toPlainText(withoutChrome(contentOf(text)))).toBe(text);
  });

  it("leaves the reference article's page chrome out and closes the gaps it leaves", () => {
    const text = toPlainText(contentOf(seed));
    expect(text.startsWith("Beach hotels, works of art and cannon fodder")).toBe(true);
    expect(text).toContain("for a state visit.\n\nMoscowThere is only one country");
    expect(text).not.toMatch(/^Russia$|^12\/11\/2025$|^3 min$|^stats$/m);
    expect(text.endsWith('full of patriotism, love of country, and enthusiasm for life," he concluded.')).toBe(true);
  });

  it("uses the edited text and drops emptied segments with their spacing", () => {
    const content = contentOf("Title\n\nFirst. Fragment here. Last.\n");
    const segments = content.segments.map((segment) =>
      segment.text === "Fragment here."
        ? { ...segment, text: "" }
        : segment.text === "First."
          ? { ...segment, text: "First, edited." }
          : segment,
    );
    expect(toPlainText({ ...content, segments })).toBe("Title\n\nFirst, edited. Last.\n");
  });

  it("sets a dateline off from the sentence it was split from", () => {
    const content: ArticleContent = {
      title: "T",
      trailingText: "",
      segments: [
        { block: 0, kind: "dateline", gapBefore: "", text: "Moscow" },
        { block: 0, kind: "paragraph", gapBefore: "", text: "There is only one country." },
      ],
    };
    expect(toPlainText(content)).toBe("Moscow — There is only one country.");
    expect(toMarkdown(content)).toBe("**Moscow** — There is only one country.\n");
  });
});

describe("toMarkdown", () => {
  it("renders the reference article's structure and leaves page chrome out", () => {
    const markdown = toMarkdown(contentOf(seed));
    const blocks = markdown.trimEnd().split("\n\n");
    expect(blocks[0]).toBe(
      "# Beach hotels, works of art and cannon fodder: this is how the Russians seduce North Korea",
    );
    expect(blocks[1]).toBe(
      "**The first North Korean painting exhibition in Moscow thanks the Kremlin for the growing alliance between the two countries.**",
    );
    expect(blocks[2]).toBe(
      "_North Korean leader Kim Jong-un welcomes Russian President Vladimir Putin upon his arrival in Pyongyang for a state visit._",
    );
    expect(blocks[3]?.startsWith("MoscowThere is only one country")).toBe(true);
    expect(blocks).toContain("## Open to Russian tourism");
    expect(blocks).toContain("## Socialist Realism and Social Utopia");
    expect(markdown).not.toMatch(/^(Russia|12\/11\/2025|3 min|stats)$/m);
    expect(blocks).toHaveLength(14);
  });

  it("joins a block's sentences with single spaces", () => {
    expect(toMarkdown(contentOf("Title\n\nThe standfirst.\n\nOne.   Two.\tThree.\n"))).toBe(
      "# Title\n\n**The standfirst.**\n\nOne. Two. Three.\n",
    );
  });
});

describe("toMarkdown escaping", () => {
  /** The text a CommonMark reader sees in a block: every text node, in order, entities decoded. */
  function readBack(markdown: string): string[] {
    const collect = (node: MdastNode): string =>
      "value" in node && node.type === "text"
        ? node.value
        : "children" in node
          ? node.children.map(collect).join("")
          : "";
    return fromMarkdown(markdown).children.map(collect);
  }

  it.each([
    ["*not emphasis*"],
    ["snake_case_name"],
    ["[link](x)"],
    ["# not a heading"],
    ["- not a list"],
    ["1. not a list"],
    ["> not a quote"],
    ["<script>alert(1)</script>"],
    ["Fish &amp; chips &copy; 2026 &#169;"],
    ["Plain words, 3.5 percent - fine"],
  ])("reads back %j as written", (line) => {
    expect(readBack(toMarkdown(contentOf(`Title\n\nStandfirst.\n\n${line}\n`)))[2]).toBe(line);
  });

  it("reads back any paragraph as written", () => {
    const character = fc.constantFrom(
      ..."abc AB1.,;:!?*_`[]()<>#&;-+=~|\\/\"'{}!^%$@".split(""),
      " &amp; ",
      " &copy; ",
      "1. ",
      "# ",
      "> ",
      "- ",
    );
    fc.assert(
      fc.property(fc.string({ unit: character, minLength: 1, maxLength: 60 }), (line) => {
        fc.pre(line.trim() === line && line.trim() !== "" && !/\s{2}/u.test(line));
        const content = contentOf(`Title\n\nStandfirst.\n\n${line}\n`);
        const written = exportedBlocks(content).map((segments) =>
          segments.map((segment, index) => reflowedGap(segments, index) + segment.text).join(""),
        );
        expect(readBack(toMarkdown(content))).toEqual(written);
      }),
      { numRuns: 300 },
    );
  });
});
