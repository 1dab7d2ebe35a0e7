import { describe, expect, it } from "vitest";
import { hasApprovedText, type ArticleContent, type ExportSegment } from "./article-content";
import { toHtml } from "./html";
import { toMarkdown } from "./markdown";
import { toPlainText } from "./plain-text";

const segments: ExportSegment[] = [
  { block: 0, kind: "page_chrome", gapBefore: "", text: "Russia", status: "approved" },
  { block: 1, kind: "headline", gapBefore: "\n\n", text: "A headline", status: "approved" },
  { block: 2, kind: "dateline", gapBefore: "\n\n", text: "Moscow", status: "new" },
  { block: 2, kind: "paragraph", gapBefore: "", text: "There is one country.", status: "edited" },
  { block: 2, kind: "paragraph", gapBefore: " ", text: "It is Russia.", status: "approved" },
  { block: 3, kind: "paragraph", gapBefore: "\n\n", text: "A rejected sentence.", status: "rejected" },
];
const content: ArticleContent = { title: "A headline", trailingText: "\n", targetLang: "en", segments };

describe("scope all", () => {
  it("marks unapproved segments in plain text with their status in brackets", () => {
    expect(toPlainText(content, { scope: "all" })).toBe(
      "A headline\n\n[new] Moscow — [edited] There is one country. It is Russia.\n\n[rejected] A rejected sentence.\n",
    );
  });

  it("marks them the same way in Markdown, outside its syntax", () => {
    expect(toMarkdown(content, { scope: "all" })).toBe(
      "# A headline\n\n[new] **Moscow** — [edited] There is one country. It is Russia.\n\n[rejected] A rejected sentence.\n",
    );
  });

  it("is the default", () => {
    expect(toMarkdown(content)).toBe(toMarkdown(content, { scope: "all" }));
    expect(toPlainText(content)).toBe(toPlainText(content, { scope: "all" }));
    expect(toHtml(content)).toBe(toHtml(content, { scope: "all" }));
  });

  it("marks them in HTML with a span that names the status, and the same visible marker", () => {
    const html = toHtml(content, { scope: "all" });
    expect(html).toContain(
      '<p><span class="unapproved" data-status="new"><span class="status">[new] </span><strong class="dateline">Moscow</strong></span> — <span class="unapproved" data-status="edited"><span class="status">[edited] </span>There is one country.</span> It is Russia.</p>',
    );
    expect(html).toContain(
      '<p><span class="unapproved" data-status="rejected"><span class="status">[rejected] </span>A rejected sentence.</span></p>',
    );
  });

  it("leaves segments without a status, as older callers pass them, unmarked", () => {
    const unknown = { ...content, segments: segments.map(({ status: _status, ...segment }) => segment) };
    expect(toPlainText(unknown, { scope: "all" })).toBe(
      "A headline\n\nMoscow — There is one country. It is Russia.\n\nA rejected sentence.\n",
    );
  });
});

describe("hasApprovedText", () => {
  it("is true when an approved segment would reach a reader", () => {
    expect(hasApprovedText(content)).toBe(true);
  });

  it("is false when only page chrome, or nothing, is approved", () => {
    const unapproved = segments.map((segment) =>
      segment.kind === "page_chrome" ? segment : { ...segment, status: "edited" as const },
    );
    expect(hasApprovedText({ ...content, segments: unapproved })).toBe(false);
    expect(hasApprovedText({ ...content, segments: [] })).toBe(false);
    // XLIFF keeps page chrome, so an approved chrome segment is something to export there.
    expect(hasApprovedText({ ...content, segments: unapproved }, false)).toBe(true);
  });
});

describe("scope approved", () => {
  it("exports only approved segments, and no page chrome even when approved", () => {
    expect(toPlainText(content, { scope: "approved" })).toBe("A headline\n\nIt is Russia.\n");
    expect(toMarkdown(content, { scope: "approved" })).toBe("# A headline\n\nIt is Russia.\n");
    const html = toHtml(content, { scope: "approved" });
    expect(html).toContain("<h1>A headline</h1>\n<p>It is Russia.</p>");
    expect(html.slice(html.indexOf("<body"))).not.toMatch(/unapproved|Moscow|rejected|Russia</u);
  });
});
