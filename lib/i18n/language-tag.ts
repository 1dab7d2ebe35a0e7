const knownLanguages = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** A canonical BCP 47 tag for a language Intl knows ("ca", "pt-BR"), or null. */
export function canonicalLanguageTag(input: string): string | null {
  try {
    const [tag] = Intl.getCanonicalLocales(input.trim());
    return tag && knownLanguages.of(tag) !== undefined ? tag : null;
  } catch {
    return null;
  }
}
