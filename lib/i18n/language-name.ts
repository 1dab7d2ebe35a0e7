/** A BCP 47 tag's name in the UI language ("ca" reads "Catalan" in English, "català" in Catalan). */
export function languageName(tag: string | null, uiLocale: string): string | null {
  if (!tag) return null;
  try {
    return new Intl.DisplayNames([uiLocale], { type: "language", fallback: "code" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
