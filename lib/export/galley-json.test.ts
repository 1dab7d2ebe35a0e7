import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE_PATH } from "../../prisma/demo/demo-article";
import type { RevisionRecord } from "../import/article-draft";
import { parseGalleyJson } from "../import/galley-json";
import { parsePlainText } from "../import/plain-text";
import type { ArticleContent } from "./article-content";
import { contentOfDraft } from "./content-of-draft";
import { toGalleyJson } from "./galley-json";

function roundTrip(content: ArticleContent): ArticleContent {
  const result = parseGalleyJson(toGalleyJson(content));
  if (!result.ok) throw new Error(`expected a draft, got ${result.code} ${JSON.stringify(result.details)}`);
  return contentOfDraft(result.value);
}

const edit: RevisionRecord = {
  version: 2,
  action: "edit",
  author: { name: "Núria Vidal", email: "nuria@example.com" },
  textBefore: "MoscowThere is only one country.",
  textAfter: "There is only one country.",
  statusBefore: "new",
  statusAfter: "edited",
  kindBefore: "paragraph",
  kindAfter: "paragraph",
  comment: "Split the dateline off",
  overridden: null,
  createdAt: "2025-11-12T09:30:00.000Z",
};
const approval: RevisionRecord = {
  ...edit,
  version: 3,
  action: "approve",
  author: null,
  textBefore: edit.textAfter,
  statusBefore: "edited",
  statusAfter: "approved",
  comment: null,
  overridden: [{ check: "fused-words", text: "MoscowThere" }],
  createdAt: "2025-11-12T10:02:41.123Z",
};

const article: ArticleContent = {
  title: "A headline",
  trailingText: "\r\n",
  sourceLang: "ca",
  targetLang: "en",
  origin: "https://news.example/a",
  segments: [
    {
      block: 0,
      kind: "page_chrome",
      gapBefore: "",
      text: "Russia",
      mtText: "Russia",
      status: "new",
      sourceText: "Rússia",
      externalId: "kicker/1",
      hints: [],
      revisions: [],
    },
    {
      block: 1,
      kind: "headline",
      gapBefore: "\r\n\r\n",
      text: "A headline",
      mtText: "A headline",
      status: "approved",
      sourceText: null,
      externalId: null,
      hints: [],
      revisions: [],
    },
    {
      block: 2,
      kind: "dateline",
      gapBefore: "\n\n",
      text: "Moscow",
      mtText: "Moscow",
      status: "new",
      sourceText: null,
      externalId: null,
      hints: [{ type: "strong", start: 0, end: 6 }],
      revisions: [],
    },
    {
      block: 2,
      kind: "paragraph",
      gapBefore: "",
      text: "There is only one country.",
      mtText: "MoscowThere is only one country.",
      status: "approved",
      sourceText: "Moscou Només hi ha un país.",
      externalId: "p1/1",
      hints: [{ type: "link", start: 6, end: 10 }],
      revisions: [edit, approval],
    },
    {
      block: 3,
      kind: "paragraph",
      gapBefore: "\n\n",
      text: "",
      mtText: "resort tourist, with",
      status: "rejected",
      sourceText: null,
      externalId: null,
      hints: [],
      revisions: [],
    },
  ],
};

describe("Galley JSON", () => {
  it("gives back everything it holds: texts, statuses, ids, hints and full history", () => {
    expect(roundTrip(article)).toEqual(article);
  });

  it("names its format and version at the top", () => {
    expect(JSON.parse(toGalleyJson(article))).toMatchObject({
      format: "galley-article",
      version: 1,
      title: "A headline",
      targetLang: "en",
    });
  });

  it("keeps every segment of an imported article, page chrome included, and fills in what the caller didn't track", () => {
    const content = contentOfDraft(
      parsePlainText(readFileSync(DEMO_ARTICLE_PATH, "utf8"), { origin: "seed-article.txt", targetLang: "en" }),
    );
    expect(roundTrip(content)).toEqual(content);
    const minimal: ArticleContent = {
      title: "T",
      trailingText: "",
      segments: [{ block: 0, kind: "headline", gapBefore: "", text: "T" }],
    };
    expect(roundTrip(minimal).segments).toEqual([
      {
        block: 0,
        kind: "headline",
        gapBefore: "",
        text: "T",
        mtText: "T",
        status: "new",
        sourceText: null,
        externalId: null,
        hints: [],
        revisions: [],
      },
    ]);
  });

  it("writes only the format's fields, whatever else the caller's objects carry", () => {
    const extra = { ...article, segments: article.segments.map((segment) => ({ ...segment, id: 12, findings: [] })) };
    expect(roundTrip(extra)).toEqual(article);
  });
});
