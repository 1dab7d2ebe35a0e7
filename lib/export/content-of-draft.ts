import type { ArticleDraft } from "../import/article-draft";
import type { ArticleContent } from "./article-content";

/**
 * What an export reads of an article just imported from `draft`, as the data layer stores
 * it: the machine output as `mtText`, the reviewed text (if any) as the current text.
 * Converting between formats needs no database this way.
 */
export function contentOfDraft(draft: ArticleDraft): ArticleContent {
  return {
    title: draft.title,
    trailingText: draft.trailingText,
    sourceLang: draft.sourceLang,
    targetLang: draft.targetLang,
    origin: draft.origin,
    segments: draft.segments.map((segment) => ({
      block: segment.block,
      kind: segment.kind,
      gapBefore: segment.gapBefore,
      text: segment.currentText ?? segment.text,
      status: segment.status ?? "new",
      mtText: segment.text,
      sourceText: segment.sourceText ?? null,
      externalId: segment.externalId ?? null,
      hints: segment.hints ?? [],
      revisions: segment.revisions ?? [],
    })),
  };
}
