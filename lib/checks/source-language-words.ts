/**
 * Source-language words that a finished English text should not contain, keyed by
 * language. Each maps to its usual English rendering, or null when it has none to offer.
 * Words that are also English words ("per", "la", "no") are dropped at lookup time by the
 * English dictionary, so the lists can stay plain.
 */
export interface SourceLanguageWords {
  /** Articles, prepositions, conjunctions and pronouns: the glue a translation never keeps. */
  functionWords: Readonly<Record<string, string | null>>;
  /** Elided articles and prepositions written with an apostrophe ("l'", "d'"). */
  elisions: readonly string[];
}

export const SOURCE_LANGUAGE_WORDS: Readonly<Record<string, SourceLanguageWords>> = {
  ca: {
    functionWords: {
      el: "the", la: "the", els: "the", les: "the", un: "a", una: "a", uns: "some", unes: "some",
      de: "of", del: "of the", dels: "of the", al: "to the", als: "to the", pel: "by the", pels: "by the",
      amb: "with", per: "for", sense: "without", sobre: "on", entre: "between", fins: "until", cap: "towards",
      que: "that", perquè: "because", però: "but", també: "also", quan: "when", mentre: "while", doncs: "so",
      aquest: "this", aquesta: "this", aquests: "these", aquestes: "these", això: "this", aquell: "that", aquella: "that",
      seu: "his", seva: "her", seus: "their", seves: "their", nostre: "our", nostra: "our", molt: "very", més: "more",
      és: "is", són: "are", està: "is", estan: "are", hi: null, ho: null, li: null, ens: "us",
    },
    elisions: ["l", "d", "s", "n"],
  },
  es: {
    functionWords: {
      el: "the", la: "the", los: "the", las: "the", un: "a", una: "a", unos: "some", unas: "some",
      de: "of", del: "of the", al: "to the", con: "with", por: "by", para: "for", sin: "without", sobre: "on",
      entre: "between", hasta: "until", desde: "since", que: "that", porque: "because", pero: "but", también: "also",
      cuando: "when", mientras: "while", este: "this", esta: "this", estos: "these", estas: "these", esto: "this",
      su: "his", sus: "their", nuestro: "our", nuestra: "our", muy: "very", más: "more", es: "is", son: "are",
      está: "is", están: "are", y: "and",
    },
    elisions: [],
  },
};

/** Foreign phrases English has borrowed whole; their words are English here. */
export const ENGLISH_LOAN_PHRASES: readonly string[] = [
  "de facto", "de jure", "de rigueur", "de novo", "per se", "que sera", "tour de force", "coup de grâce", "coup d'état",
  "pièce de résistance", "crème de la crème", "joie de vivre", "raison d'être", "à la carte", "à la mode", "la dolce vita",
  "el niño", "la niña", "hasta la vista", "mi casa es su casa",
];
