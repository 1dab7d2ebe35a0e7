import { endsInExclamationOrQuestion, endsSentence, isSentenceStop } from "./english-words";
import { capitalise, contains } from "./text";
import type { CheckContext, CheckDefinition, CheckMatch, SegmentView } from "./types";

// A full stop, spaces, then a word that starts lowercase. After "!" or "?" a lowercase word may
// go on the sentence, as in “Come back!” she said, so those are left alone.
const LOWER_AFTER_STOP = /\.\s+(\p{Ll}[\p{L}\p{M}'’-]*)/gu;
const LOWER_START = /^\p{Ll}[\p{L}\p{M}'’-]*/u;
// "iPhone", "eBay": a lowercase start that is the name's own spelling.
const INNER_CAPITAL = /\p{Lu}/u;
const WORD_CHARACTER = /[\p{L}\p{M}\d]/u;

function capitalFix(start: number, word: string): CheckMatch {
  return {
    check: "lowercase-start",
    start,
    end: start + word.length,
    fixes: [{ type: "replace", text: capitalise(word) }],
    values: { word },
  };
}

function detect(segment: SegmentView, context: CheckContext): CheckMatch[] {
  const { text } = segment;
  const matches: CheckMatch[] = [];
  const previous = context.block.positionInBlock > 0 ? context.previous : undefined;
  // An ASCII first character other than a-z cannot start a lowercase word: no need to ask the engine.
  const code = text.charCodeAt(0);
  const first = code < 0x80 && !(code >= 97 && code <= 122) ? undefined : LOWER_START.exec(text)?.[0];
  if (
    first &&
    !INNER_CAPITAL.test(first) &&
    previous &&
    endsSentence(previous.text, context.targetLang) &&
    !endsInExclamationOrQuestion(previous.text)
  ) {
    matches.push(capitalFix(0, first));
  }
  if (!contains(LOWER_AFTER_STOP, text)) return matches;
  for (const found of text.matchAll(LOWER_AFTER_STOP)) {
    const [whole, word = ""] = found;
    if (INNER_CAPITAL.test(word)) continue;
    // "wait... then", "U.S. and", "etc. and": no sentence ended there.
    if (!WORD_CHARACTER.test(text.charAt(found.index - 1))) continue;
    if (text.charAt(found.index) === "." && !isSentenceStop(text, found.index, context.targetLang)) continue;
    matches.push(capitalFix(found.index + whole.length - word.length, word));
  }
  return matches;
}

export const lowercaseStart: CheckDefinition = {
  id: "lowercase-start",
  category: "fluency",
  severity: "minor",
  messageKey: "lowercaseStart",
  detect,
  examples: {
    bad: [
      {
        text: "Families enjoy the beach and the sea. resort tourist, with It has room for many.",
        found: "resort",
        fix: { type: "replace", text: "Resort" },
      },
      { text: "Nobody answered. the door stayed shut.", found: "the", fix: { type: "replace", text: "The" } },
      {
        text: "the talks resumed on Monday.",
        sentencesBefore: ["The strike ended."],
        found: "the",
        fix: { type: "replace", text: "The" },
      },
    ],
    good: [
      { text: "The vote began at 12:15 p.m. this Friday." },
      { text: "Bring fruit, e.g. apples and pears." },
      { text: "They visited Paris, Rome, etc. and came back tired." },
      {
        text: "Sales of the new device dropped. iPhone owners complained.",
        note: "A brand spelled with a lowercase first letter.",
      },
      { text: "the talks resumed on Monday.", note: "A block's first segment has no sentence before it in the block." },
      { text: "He quoted Dr. Smith and St. Louis officials." },
      { text: "This happened in the U.S. and elsewhere." },
      {
        text: "she shouted from the balcony.",
        sentencesBefore: ["“Go home!”"],
        note: 'After a quotation that ends in "!" or "?" the sentence goes on in lowercase.',
      },
      { text: "he asked.", sentencesBefore: ['"Who will pay for it?"'] },
      { text: "Who will pay? nobody knows, said the mayor.", note: "A question may run on in lowercase." },
    ],
  },
};
