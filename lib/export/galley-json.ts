import { GALLEY_JSON_FORMAT, GALLEY_JSON_VERSION, type GalleyArticle } from "../import/galley-json-schema";
import type { ArticleContent } from "./article-content";

// Fields are copied one by one so that the file holds exactly the format's fields, which its strict schema checks.

/**
 * The article in Galley's own JSON format, version 1: every segment, page chrome included,
 * with its machine output, current text, status, ids, hints, full history and dismissed
 * findings. It ignores
 * the export scope, since leaving anything out would lose it.
 */
export function toGalleyJson(content: ArticleContent): string {
  const article: GalleyArticle = {
    format: GALLEY_JSON_FORMAT,
    version: GALLEY_JSON_VERSION,
    title: content.title,
    sourceLang: content.sourceLang ?? null,
    targetLang: content.targetLang ?? "und",
    origin: content.origin ?? "",
    trailingText: content.trailingText,
    segments: content.segments.map((segment) => ({
      block: segment.block,
      kind: segment.kind,
      gapBefore: segment.gapBefore,
      mtText: segment.mtText ?? segment.text,
      text: segment.text,
      sourceText: segment.sourceText ?? null,
      status: segment.status ?? "new",
      externalId: segment.externalId ?? null,
      hints: (segment.hints ?? []).map(({ type, start, end }) => ({ type, start, end })),
      revisions: (segment.revisions ?? []).map((revision) => ({
        version: revision.version,
        action: revision.action,
        author: revision.author && { name: revision.author.name, email: revision.author.email },
        textBefore: revision.textBefore,
        textAfter: revision.textAfter,
        statusBefore: revision.statusBefore,
        statusAfter: revision.statusAfter,
        kindBefore: revision.kindBefore,
        kindAfter: revision.kindAfter,
        comment: revision.comment,
        overridden: revision.overridden && revision.overridden.map(({ check, text }) => ({ check, text })),
        createdAt: revision.createdAt,
      })),
      dismissals: (segment.dismissals ?? []).map((dismissal) => ({
        check: dismissal.check,
        start: dismissal.start,
        end: dismissal.end,
        segmentText: dismissal.segmentText,
        reason: dismissal.reason,
        by: dismissal.by && { name: dismissal.by.name, email: dismissal.by.email },
        at: dismissal.at,
      })),
    })),
  };
  return `${JSON.stringify(article, null, 2)}\n`;
}
