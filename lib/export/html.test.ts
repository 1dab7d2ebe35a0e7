import { readFileSync } from "node:fs";
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE_PATH } from "../../prisma/demo/demo-article";
import { parsePlainText } from "../import/plain-text";
import type { ArticleContent } from "./article-content";
import { contentOfDraft } from "./content-of-draft";
import { toHtml } from "./html";

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

function elements(node: Node): DefaultTreeAdapterTypes.Element[] {
  const own = "tagName" in node ? [node] : [];
  const children = "childNodes" in node ? node.childNodes.flatMap(elements) : [];
  return [...own, ...children];
}

function textOf(node: Node): string {
  if ("value" in node) return node.value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

const hostile: ArticleContent = {
  title: '</title><script>alert("title")</script>',
  trailingText: "",
  targetLang: "en",
  segments: [
    { block: 0, kind: "headline", gapBefore: "", text: "<script>alert(1)</script> & friends" },
    { block: 1, kind: "paragraph", gapBefore: "\n\n", text: '<img src=x onerror="alert(2)"> "quoted" \'single\'' },
    { block: 2, kind: "caption", gapBefore: "\n\n", text: "</figcaption></figure><iframe src=//evil>" },
  ],
};

describe("toHtml", () => {
  it("writes a complete document in the article's language", () => {
    const html = toHtml(hostile);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html.endsWith("</body>\n</html>\n")).toBe(true);
  });

  it("keeps stored text that looks like markup as text", () => {
    const document = parse(toHtml(hostile));
    const tags = elements(document).map((element) => element.tagName);
    expect(tags).not.toContain("script");
    expect(tags).not.toContain("img");
    expect(tags).not.toContain("iframe");
    expect(elements(document).flatMap((element) => element.attrs.map((attribute) => attribute.name))).not.toContain(
      "onerror",
    );
    const byTag = (tag: string) =>
      elements(document)
        .filter((element) => element.tagName === tag)
        .map(textOf);
    expect(byTag("title")).toEqual(['</title><script>alert("title")</script>']);
    expect(byTag("h1")).toEqual(["<script>alert(1)</script> & friends"]);
    expect(byTag("p")).toEqual(['<img src=x onerror="alert(2)"> "quoted" \'single\'']);
    expect(byTag("figcaption")).toEqual(["</figcaption></figure><iframe src=//evil>"]);
  });

  it("lays out the reference article with h1, a standfirst, a figure caption, h2 and paragraphs, without page chrome", () => {
    const content = contentOfDraft(
      parsePlainText(readFileSync(DEMO_ARTICLE_PATH, "utf8"), { origin: "seed.txt", targetLang: "en" }),
    );
    const document = parse(
      toHtml({ ...content, segments: content.segments.map((segment) => ({ ...segment, status: "approved" })) }),
    );
    const article = elements(document).find((element) => element.tagName === "article");
    const blocks = (article?.childNodes ?? [])
      .filter((node) => "tagName" in node)
      .map((node) => [("tagName" in node && node.tagName) || "", textOf(node).slice(0, 30)]);
    expect(blocks.slice(0, 4)).toEqual([
      ["h1", "Beach hotels, works of art and"],
      ["p", "The first North Korean paintin"],
      ["figure", "North Korean leader Kim Jong-u"],
      ["p", "MoscowThere is only one countr"],
    ]);
    expect(blocks.filter(([tag]) => tag === "h2").map(([, text]) => text)).toEqual([
      "Open to Russian tourism",
      "Socialist Realism and Social U",
    ]);
    expect(textOf(document)).not.toMatch(/12\/11\/2025|3 min|\bstats\b/u);
    expect(elements(document).find((element) => element.tagName === "p")?.attrs).toEqual([
      { name: "class", value: "standfirst" },
    ]);
  });

  it("writes 'und' when the language is unknown", () => {
    expect(toHtml({ ...hostile, targetLang: undefined })).toContain('<html lang="und">');
  });
});
