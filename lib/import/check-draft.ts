import { ok } from "../result";
import { MAX_SEGMENT_LENGTH } from "../segmentation/limits";
import { isWellFormedText } from "../text/well-formed";
import type { ArticleDraft, SegmentDraft } from "./article-draft";
import { importFailure, type ImportResult } from "./import-failure";

// Enough of a segment's start to find it in the file.
const START_LENGTH = 60;

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/gu)?.length ?? 0;
}

/** The first words of a text, cut at a word's end, for an error message. */
export function startOf(text: string): string {
  const trimmed = text.trimStart();
  if (trimmed.length <= START_LENGTH) return trimmed;
  const cut = trimmed.slice(0, START_LENGTH);
  const wordEnd = cut.lastIndexOf(" ");
  return `${(wordEnd > START_LENGTH / 2 ? cut.slice(0, wordEnd) : cut).trimEnd()}…`;
}

function textsOf(segment: SegmentDraft): string[] {
  return [segment.text, segment.currentText ?? "", segment.sourceText ?? ""];
}

export interface CheckDraftOptions {
  /** The draft's gaps and texts are the file's own lines (plain text), so a segment's line can be told. */
  countLines: boolean;
}

/**
 * Refuses a draft that the data layer could not take whole: a segment longer than
 * MAX_SEGMENT_LENGTH (machine output, current text or source), saying which one and where,
 * or text with NUL or a lone surrogate, which Galley refuses everywhere (lib/text/well-formed.ts).
 */
export function checkDraft(draft: ArticleDraft, options: CheckDraftOptions): ImportResult<ArticleDraft> {
  let line = 1;
  for (const [index, segment] of draft.segments.entries()) {
    line += lineBreaks(segment.gapBefore);
    const long = textsOf(segment).find((text) => text.length > MAX_SEGMENT_LENGTH);
    if (long !== undefined) {
      return importFailure("segmentTooLong", {
        segment: index + 1,
        line: options.countLines ? line : null,
        start: startOf(long),
        length: long.length,
        max: MAX_SEGMENT_LENGTH,
      });
    }
    if (![...textsOf(segment), segment.gapBefore, segment.externalId ?? ""].every(isWellFormedText))
      return importFailure("textMalformed");
    line += lineBreaks(segment.text);
  }
  if (![draft.title, draft.origin, draft.trailingText].every(isWellFormedText)) return importFailure("textMalformed");
  return ok(draft);
}
