import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ArticleDraft, SegmentDraft } from "./article-draft";
import { parseHtml } from "./html";
import { MAX_NESTING } from "./nesting";

const fixture = readFileSync(new URL("./fixtures/news-page.html", import.meta.url), "utf8");

function parsed(html: string, options: { targetLang?: string } = {}): ArticleDraft {
  const result = parseHtml(html, { origin: "page.html", ...options });
  if (!result.ok) throw new Error(`expected a draft, got ${result.code}`);
  return result.value;
}

const draft = parsed(fixture);

function segmentStarting(start: string): SegmentDraft {
  const segment = draft.segments.find((candidate) => candidate.text.startsWith(start));
  if (!segment) throw new Error(`no segment starts with ${start}`);
  return segment;
}

function textsOfKind(kind: SegmentDraft["kind"]): string[] {
  return draft.segments.filter((segment) => segment.kind === kind).map((segment) => segment.text);
}

describe("parseHtml on a news page", () => {
  it("takes the language from the page and the title from the h1", () => {
    expect(draft).toMatchObject({ targetLang: "en", sourceLang: null, origin: "page.html" });
    expect(draft.title).toBe(
      "Beach hotels, works of art and cannon fodder: this is how the Russians seduce North Korea",
    );
  });

  it("maps h1, the standfirst, figcaption, h2 and p to kinds", () => {
    expect(textsOfKind("headline")).toEqual([draft.title]);
    expect(textsOfKind("standfirst")).toEqual([
      "The first North Korean painting exhibition in Moscow thanks the Kremlin for the growing alliance between the two countries.",
    ]);
    expect(textsOfKind("caption")).toEqual([
      "North Korean leader Kim Jong-un welcomes Russian President Vladimir Putin upon his arrival in Pyongyang for a state visit.",
    ]);
    expect(textsOfKind("subheading")).toEqual(["Open to Russian tourism"]);
    expect(textsOfKind("paragraph")).toHaveLength(8);
  });

  it("keeps navigation, site header and footer, share bar, related box, kicker, dates and newsletter as page chrome", () => {
    expect(textsOfKind("page_chrome")).toEqual([
      "The Daily Example",
      "World",
      "Politics",
      "Culture",
      "Russia",
      "12/11/2025",
      "3 min",
      "Share Share on X Copy link",
      "Related",
      "Kim Jong-un's armoured train arrives in Moscow",
      "The resort that wants a million visitors",
      "Get the world briefing every morning.",
      "Subscribe",
      "© 2025 The Daily Example",
      "Privacy Cookies",
    ]);
  });

  it("never takes script, style, noscript, attributes or hidden text for text", () => {
    const text = draft.segments.map((segment) => segment.text).join("\n");
    expect(text).not.toMatch(
      /alert|dataLayer|Injected|display: flex|Enable JavaScript|onerror|fetch|document\.cookie|footnote|Kim Jong-un and Vladimir Putin/u,
    );
    expect(segmentStarting("In one of the rooms").text).toBe(
      "In one of the rooms, two paintings depict the brand-new Wonsan-Kalma coastal resort, with North Korean families enjoying the beach and the sea.",
    );
    expect(segmentStarting("It has a capacity").text).toBe(
      "It has a capacity for 20,000 people and aims to accommodate one million each year.",
    );
  });

  it("keeps the text as the page shows it where a link ended, and the place as a hint", () => {
    const segment = segmentStarting("It is estimated");
    expect(segment.text).toContain("to the war in UkraineMost of them fought");
    expect(segment.hints).toEqual([{ type: "link", start: 67, end: 81 }]);
    expect(segment.text.slice(67, 81)).toBe("war in Ukraine");
  });

  it("keeps italics and bold as hints in the sentence they end in", () => {
    const titles = segmentStarting("Under titles");
    expect((titles.hints ?? []).map((hint) => `${hint.type}:${titles.text.slice(hint.start, hint.end)}`)).toEqual([
      "emphasis:Giving a precious life",
      "emphasis:Heroic fighters: for the dignity and honor of the homeland",
    ]);
    expect(segmentStarting("Another work").hints).toEqual([{ type: "emphasis", start: 14, end: 32 }]);
    expect(segmentStarting("MoscowThere").hints).toEqual([{ type: "strong", start: 0, end: 6 }]);
  });

  it("splits paragraphs into sentences with the space between them", () => {
    const paragraph = draft.segments.filter((segment) => segment.block === segmentStarting("MoscowThere").block);
    expect(paragraph.map((segment) => segment.gapBefore)).toEqual(["\n\n", " "]);
  });
});

describe("parseHtml", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("runs nothing and fetches nothing", () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const html = `<html lang="en"><head><link rel="stylesheet" href="https://cdn.example/x.css"><base href="https://evil.example/"></head>
      <body onload="globalThis.galleyRan = 'onload'"><script>globalThis.galleyRan = "script"</script>
      <img src="https://evil.example/pixel.gif" onerror="globalThis.galleyRan = 'onerror'"><iframe src="https://evil.example/"></iframe><p>Text.</p></body></html>`;
    expect(parsed(html).segments.map((segment) => segment.text)).toEqual(["Text."]);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(Reflect.get(globalThis, "galleyRan")).toBeUndefined();
  });

  it("prefers the caller's language to the page's, which a translated page often keeps", () => {
    expect(parsed('<html lang="ca"><p>Text.</p></html>', { targetLang: "en" }).targetLang).toBe("en");
  });

  it("refuses a page in no known language", () => {
    expect(parseHtml("<p>Text.</p>", { origin: "x.html" })).toEqual({
      ok: false,
      code: "languageMissing",
      details: undefined,
    });
    expect(parseHtml('<html lang="not a tag"><p>Text.</p></html>', { origin: "x.html" })).toMatchObject({
      ok: false,
      code: "languageInvalid",
    });
  });

  it("collapses white space as a browser does and splits blocks at <br>", () => {
    const result = parsed("<p>  One\n   line,\tthen\u00A0a <br> second  line. </p>", { targetLang: "en" });
    expect(result.segments.map((segment) => [segment.block, segment.text])).toEqual([
      [0, "One line, then\u00A0a"],
      [1, "second line."],
    ]);
  });

  it("decodes character references and keeps markup-looking text as text", () => {
    const result = parsed("<p>Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt; &eacute;</p>", {
      targetLang: "en",
    });
    expect(result.segments.map((segment) => segment.text)).toEqual(["Tom & Jerry <script>alert(1)</script> é"]);
  });

  it("uses the page's <title> when there is no h1", () => {
    expect(parsed("<title> Page   title </title><p>Body.</p>", { targetLang: "en" }).title).toBe("Page title");
  });

  it("refuses nesting deeper than any page, rather than overflow the stack", () => {
    expect(parseHtml(`<html lang="en">${"<span>".repeat(1_000)}x`, { origin: "x.html" })).toEqual({
      ok: false,
      code: "fileTooDeep",
      details: { maxDepth: MAX_NESTING },
    });
  });

  it("keeps a span that a <br> interrupts to the block it ends in", () => {
    const result = parsed('<p><a href="#">one<br>two</a> three</p>', { targetLang: "en" });
    expect(result.segments.map((segment) => [segment.text, segment.hints])).toEqual([
      ["one", undefined],
      ["two three", [{ type: "link", start: 0, end: 3 }]],
    ]);
  });

  it("makes a widget inside a paragraph a chrome block of its own", () => {
    const result = parsed("<p>Before <button>Share</button> after.</p>", { targetLang: "en" });
    expect(result.segments.map((segment) => [segment.kind, segment.text])).toEqual([
      ["paragraph", "Before"],
      ["page_chrome", "Share"],
      ["paragraph", "after."],
    ]);
  });
});
