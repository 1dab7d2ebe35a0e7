import type { ArticleDraft } from "../../import/article-draft";
import type { Db } from "../connect";
import { refreshFindings } from "../findings/refresh-findings";

export interface ImportOptions {
  /** Makes the import happen once: a second import with the same key returns the first article. */
  importKey?: string;
  actorId?: number | null;
}

export interface ImportedArticle {
  id: number;
  created: boolean;
}

/** Stores an article and all its segments in one transaction: all or nothing. */
export async function importArticle(db: Db, draft: ArticleDraft, options: ImportOptions = {}): Promise<ImportedArticle> {
  return db.$transaction(async (tx) => {
    if (options.importKey) {
      const existing = await tx.article.findUnique({ where: { importKey: options.importKey }, select: { id: true } });
      if (existing) return { id: existing.id, created: false };
    }
    const article = await tx.article.create({
      data: {
        title: draft.title,
        sourceLang: draft.sourceLang,
        targetLang: draft.targetLang,
        origin: draft.origin,
        importKey: options.importKey ?? null,
        trailingText: draft.trailingText,
        importedById: options.actorId ?? null,
      },
      select: { id: true },
    });
    await tx.segment.createMany({
      data: draft.segments.map((segment, position) => ({
        articleId: article.id,
        position,
        block: segment.block,
        kind: segment.kind,
        gapBefore: segment.gapBefore,
        mtText: segment.text,
        text: segment.text,
        sourceText: segment.sourceText ?? null,
      })),
    });
    await refreshFindings(tx, article.id);
    return { id: article.id, created: true };
  });
}
