import { fail, ok, type Failure, type Result } from "../../result";
import { recordEvent } from "../audit/record-event";
import type { Db } from "../connect";
import { announceChange } from "../events/article-change";
import { settleDeletedArticleFindings } from "../findings/finding-fates";
import { markImportDeleted } from "./deleted-imports";

export interface DeletedArticle {
  title: string;
  segments: number;
}

/**
 * Deletes an article with its segments, history, findings, comments and assignments, in
 * one transaction. The activity log keeps an entry that names it, since nothing else will;
 * an article imported under a key (the demo article) is not imported again.
 */
export async function deleteArticle(
  db: Db,
  articleId: number,
  actorId: number,
): Promise<Result<DeletedArticle, Failure<"articleNotFound">>> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { title: true, origin: true, importKey: true, _count: { select: { segments: true } } },
    });
    if (!article) return fail("articleNotFound");
    await settleDeletedArticleFindings(tx, articleId, actorId);
    await tx.article.delete({ where: { id: articleId } });
    if (article.importKey) await markImportDeleted(tx, article.importKey);
    // Open review screens reload, find the article gone, and say so.
    await announceChange(tx, { articleId, segmentIds: [], structural: true });
    const deleted = { title: article.title, segments: article._count.segments };
    await recordEvent(tx, {
      actorId,
      action: "article.delete",
      articleId,
      details: { ...deleted, origin: article.origin },
    });
    return ok(deleted);
  });
}
