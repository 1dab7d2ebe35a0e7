import { describe, expect, it } from "vitest";
import { checkArticleText } from "./check-article-text";

// Correct English news prose full of look-alikes: abbreviations, names and brands with inner
// capitals, numbers, quotations over several sentences, a quoted title, "either … or".
const CLEAN_ARTICLE = `Spain's prime minister survives a confidence vote after a nine-hour debate in Congress
The government won 176 votes, and the opposition promised to keep pressing for early elections.
MADRID — The vote took place at 10 a.m. on Wednesday, and the result was announced at 7.30 p.m. Mr. Sánchez thanked his partners, e.g. the Basque PNV, and said he would "either pass a budget or call elections" before the summer.
Analysts at J.P. Morgan and BBVA said the outcome was expected. Inflation stood at 2.4% in November, and unemployment fell to 10.5%, the lowest since 2008. The U.S. ambassador, who had met McDonald's and PlayStation executives earlier that week, declined to comment.
"It's a good day for democracy," said the minister. "We have the votes. We will keep governing."
Some deputies were not convinced. They pointed to a report by the Bank of Spain (BdE), which warns that public debt remains above 100% of GDP. One of them, Cayetana Álvarez de Toledo, quoted the novel "Pride and Prejudice" during her speech.
Trees line either side of the avenue where the protest took place. Neither the police nor the organisers gave a figure, and the mayor didn't comment either.
The debate was broadcast on YouTube, LinkedIn and TikTok. Viewers from L'Hospitalet de Llobregat, Castilla-La Mancha and O'Neill's pub in Dublin sent questions through WhatsApp, and the host, DeShawn McKinsey, read them out. He had had a long week. He said that that was the plan.
Step by step, day by day, the country moves on. It was a very, very long night; few people slept. The documentary was called "The Long Night" in the U.K. and it is still on Netflix.
`;

describe("correct prose", () => {
  it("gets no findings, with or without a source language", () => {
    expect(checkArticleText(CLEAN_ARTICLE, { targetLang: "en" })).toEqual([]);
    expect(checkArticleText(CLEAN_ARTICLE, { sourceLang: "ca", targetLang: "en" })).toEqual([]);
  });
});
