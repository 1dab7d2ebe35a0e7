const MAX_TITLE_LENGTH = 200;

/** The article's title: the first non-blank candidate, cut to a length lists can show. */
export function articleTitle(...candidates: (string | null | undefined)[]): string {
  return (candidates.map((candidate) => candidate?.trim()).find(Boolean) ?? "").slice(0, MAX_TITLE_LENGTH);
}
