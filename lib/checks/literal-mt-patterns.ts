import { PREPOSITIONS } from "./english-words";

/**
 * Words a literal machine translation renders by their dictionary sense instead of their
 * sense in context, keyed by source language. Add a pattern here, not code, when a new
 * one shows up in real output.
 */
export interface LiteralMtPattern {
  /** The English word the translation produced. */
  rendering: string;
  /** What it should have been. */
  replacement: string;
  /** The source word behind it, shown in the message. */
  sourceWord: string;
  /** Words later in the same clause that make the rendering right ("either … or"). */
  partners: readonly string[];
  /** Words right after the rendering that show one of its own uses ("either side", "either of"). */
  validNext: readonly string[];
  /** Words right before it that show one of its own uses ("on either bank", "not … either"). */
  validPrevious: readonly string[];
}

// Catalan and Spanish "o" ("or") comes out as "either" when the engine reads it as "o … o".
const EITHER_FOR_O: LiteralMtPattern = {
  rendering: "either",
  replacement: "or",
  sourceWord: "o",
  partners: ["or", "nor"],
  validNext: [
    "of",
    "way",
    "side",
    "sides",
    "one",
    "case",
    "end",
    "hand",
    "direction",
    "party",
    "option",
    "kind",
    "sort",
  ],
  validPrevious: [
    ...PREPOSITIONS,
    "not",
    "no",
    "nor",
    "never",
    "choose",
    "chose",
    "take",
    "took",
    "pick",
    "picked",
    "accept",
    "prefer",
    "want",
  ],
};

export const LITERAL_MT_PATTERNS: Readonly<Record<string, readonly LiteralMtPattern[]>> = {
  ca: [EITHER_FOR_O],
  es: [EITHER_FOR_O],
};
