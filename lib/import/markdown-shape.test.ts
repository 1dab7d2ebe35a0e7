import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE_PATH } from "../../prisma/demo/demo-article";
import { parseMarkdown } from "./markdown";
import { checkMarkdownShape, MAX_LIST_ITEMS, MAX_MARKDOWN_DEPTH } from "./markdown-shape";

const article = readFileSync(new URL("./fixtures/article.md", import.meta.url), "utf8");

/** Lines of a list nested one level deeper each, as far as `depth`. */
function staircase(depth: number): string {
  return Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}- item ${level}`).join("\n");
}

describe("checkMarkdownShape", () => {
  it.each([
    ["the Markdown fixture", article],
    ["the fixture a hundred times over", Array.from({ length: 100 }, () => article).join("\n\n")],
    ["the demo article as plain paragraphs", readFileSync(DEMO_ARTICLE_PATH, "utf8")],
    ["a list nested as deep as allowed", staircase(MAX_MARKDOWN_DEPTH)],
    [
      "a long flat list",
      Array.from(
        { length: 500 },
        (_, index) => `- point ${index}, with *some* emphasis and a [link](https://example.com/${index})`,
      ).join("\n"),
    ],
    [
      "a fenced code block of ordinary code",
      "```\nconst totals = [1, 2, 3];\n    if (ready) { send(totals[0]); }\n```\nText.",
    ],
    [
      "a paragraph of ordinary emphasis",
      Array.from({ length: 200 }, (_, index) => `*word${index}* and _other_`).join(" "),
    ],
  ])("lets %s through", (_, markdown) => {
    expect(checkMarkdownShape(markdown)).toEqual({ ok: true, value: null });
  });

  it.each([
    ["a list nested one level too deep", staircase(MAX_MARKDOWN_DEPTH + 1)],
    ["a 2.2 MB staircase of list items", staircase(1_500)],
    ["20,000 list markers on one line", `${"- ".repeat(20_000)}a`],
    ["numbered markers on one line", `${"1. ".repeat(100)}a`],
    ["quote markers without spaces", `${">".repeat(300)} a`],
  ])("refuses %s as too deep", (_, markdown) => {
    expect(checkMarkdownShape(markdown)).toEqual({
      ok: false,
      code: "fileTooDeep",
      details: { maxDepth: MAX_MARKDOWN_DEPTH },
    });
  });

  it.each([
    ["30 KB of unmatched emphasis", "*a_".repeat(10_000), 1],
    ["unclosed links", "[a](".repeat(20_000), 1],
    ["unmatched emphasis after a fence whose info string has a backtick", "```x`\n" + "*a_".repeat(10_000), 2],
    ["unmatched emphasis between fences that do not close each other", "~~~\n```\n~~~\n" + "*a_".repeat(10_000), 4],
    [
      "emphasis spread over the lines of one paragraph",
      Array.from({ length: 2_000 }, () => "*a_ *b_ *c_").join("\n"),
      834,
    ],
    [
      "more list items than any article",
      Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, index) => `- ${index}`).join("\n"),
      MAX_LIST_ITEMS + 1,
    ],
    [
      "a quote nested 16 deep for 50,000 lines",
      Array.from({ length: 50_000 }, () => `${"> ".repeat(16)}a`).join("\n"),
      6_251,
    ],
  ])("refuses %s, naming the line where it gave up", (_, markdown, line) => {
    expect(checkMarkdownShape(markdown)).toEqual({ ok: false, code: "markdownTooComplex", details: { line } });
  });

  it("counts emphasis per paragraph: the same marks split by blank lines pass", () => {
    expect(checkMarkdownShape(Array.from({ length: 2_000 }, () => "*a_ *b_ *c_").join("\n\n")).ok).toBe(true);
  });

  it("is what parseMarkdown checks first", () => {
    expect(parseMarkdown("*a_".repeat(10_000), { origin: "x.md", targetLang: "en" })).toEqual({
      ok: false,
      code: "markdownTooComplex",
      details: { line: 1 },
    });
  });
});
