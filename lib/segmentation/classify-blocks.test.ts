import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE_PATH } from "../../prisma/demo/demo-article";
import { classifyBlocks, isMetaLine } from "./classify-blocks";
import { segmentText } from "./segment-text";

describe("classifyBlocks", () => {
  it("recognises the layout of the reference article", () => {
    const { blocks } = segmentText(readFileSync(DEMO_ARTICLE_PATH, "utf8"), "en");
    const kinds = classifyBlocks(blocks);
    const kindOf = (text: string) => kinds[blocks.indexOf(text)];

    expect(kinds.slice(0, 6)).toEqual([
      "page_chrome",
      "headline",
      "standfirst",
      "caption",
      "page_chrome",
      "page_chrome",
    ]);
    expect(kindOf("Russia")).toBe("page_chrome");
    expect(kindOf("12/11/2025")).toBe("page_chrome");
    expect(kindOf("3 min")).toBe("page_chrome");
    expect(kindOf("stats")).toBe("page_chrome");
    expect(kindOf("Open to Russian tourism")).toBe("subheading");
    expect(kindOf("Socialist Realism and Social Utopia")).toBe("subheading");
    expect(kinds.filter((kind) => kind === "paragraph")).toHaveLength(9);
  });

  it("needs no section label: the first line can be the headline", () => {
    expect(
      classifyBlocks([
        "Who are we, us?",
        "A long opening paragraph that explains a lot of things at length, in full sentences.",
      ]),
    ).toEqual(["headline", "standfirst"]);
  });

  it("does not call a long body paragraph a standfirst", () => {
    const long = "word ".repeat(80).trim() + ".";
    expect(classifyBlocks(["Headline here", long])).toEqual(["headline", "paragraph"]);
  });

  it("finds no header in text that starts with the story: a first block of several sentences is a paragraph", () => {
    const story = "The river rose overnight. By dawn the lower town was under water. Shops stayed shut.";
    expect(classifyBlocks([story, "Rescue teams worked until noon.", "Aid is on its way"])).toEqual([
      "paragraph",
      "paragraph",
      "subheading",
    ]);
  });

  it("keeps a long standfirst of several sentences a standfirst when a date line closes the header", () => {
    const standfirst = `${"Residents say the warnings came too late. ".repeat(12).trim()} The council disagrees.`;
    expect(
      classifyBlocks(["Floods in the valley", standfirst, "5 min", "Valley townThe water came at night."]),
    ).toEqual(["headline", "standfirst", "page_chrome", "paragraph"]);
  });

  it("takes a short line right after the date lines, before the story, for the photo's caption", () => {
    expect(
      classifyBlocks([
        "Floods in the valley",
        "Residents say the warnings came too late.",
        "12/03/2026",
        "4 min",
        "Volunteers clearing mud from a bakery",
        "The water came at night and left by morning.",
        "What comes next",
        "The council meets on Monday.",
      ]),
    ).toEqual([
      "headline",
      "standfirst",
      "page_chrome",
      "page_chrome",
      "caption",
      "paragraph",
      "subheading",
      "paragraph",
    ]);
  });

  it("leaves a caption found above the date lines alone, and the first line after them a subheading", () => {
    expect(
      classifyBlocks([
        "Floods in the valley",
        "Residents say the warnings came too late.",
        "Volunteers clearing mud from a bakery",
        "4 min",
        "What comes next",
        "The council meets on Monday.",
      ]),
    ).toEqual(["headline", "standfirst", "caption", "page_chrome", "subheading", "paragraph"]);
  });

  it("reads a short first line above a paragraph as the headline, not a section label", () => {
    expect(classifyBlocks(["Blackout", "The power went out across the whole peninsula."])).toEqual([
      "headline",
      "standfirst",
    ]);
  });

  it("takes the block after the standfirst as the caption, and leaves a byline to the page-chrome check", () => {
    const blocks = [
      "Storm",
      "Floods cut off the coast road for a second day",
      "Crews expect to reopen it within two days, the council says",
      "A fallen tree blocks the road above the harbour.",
      "Jane Vila and Marc Soler",
      "28/04/2025",
      "3 min",
      "The road along the coast has been closed since Monday.",
    ];
    expect(classifyBlocks(blocks)).toEqual([
      "page_chrome",
      "headline",
      "standfirst",
      "caption",
      "paragraph",
      "page_chrome",
      "page_chrome",
      "paragraph",
    ]);
  });

  it("marks unmistakable widget labels and credits as page chrome wherever they are", () => {
    const kinds = classifyBlocks([
      "Headline of the piece",
      "First paragraph of the story.",
      "Share",
      "Photo: Reuters",
      "Comments (12)",
      "Last paragraph.",
    ]);
    expect(kinds).toEqual(["headline", "standfirst", "page_chrome", "page_chrome", "page_chrome", "paragraph"]);
  });

  it("does not call a line of punctuation a subheading", () => {
    expect(classifyBlocks(["Headline", "Standfirst here.", "Body text here.", "."])[3]).toBe("paragraph");
  });

  it("keeps a lone line a headline, not page chrome", () => {
    expect(classifyBlocks(["Russia"])).toEqual(["headline"]);
  });

  it.each([
    "3 min",
    "14 min",
    "7 mins",
    "5 minutes read",
    "12/11/2025",
    "28/04/2025 10:30",
    "Upd. 20",
    "Updated: 28 November 2025 10:32",
    "27 de novembre de 2025",
  ])("treats %j as page chrome", (line) => {
    expect(isMetaLine(line)).toBe(true);
  });

  it.each(["3 minutes later, the police arrived.", "In 2025 prices rose.", "Minimum wage"])(
    "does not treat %j as page chrome",
    (line) => {
      expect(isMetaLine(line)).toBe(false);
    },
  );
});
