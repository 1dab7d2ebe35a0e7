export interface XliffOptions {
  origin: string;
  /** Used only when the file names no target language: a bilingual file says what it holds. */
  targetLang?: string | null;
  sourceLang?: string | null;
}
