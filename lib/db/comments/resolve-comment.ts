import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";
import { announceChange } from "../events/article-change";
import { commentRowSelect, type CommentRow } from "./comments";

export async function resolveComment(
  db: Db,
  commentId: number,
  actorId: number,
): Promise<Result<CommentRow, Failure<"commentNotFound">>> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, resolvedAt: null },
      data: { resolvedAt: new Date(), resolvedById: actorId },
    });
    const comment = await tx.comment.findUnique({
      where: { id: commentId },
      select: { ...commentRowSelect, segment: { select: { articleId: true } } },
    });
    if (!comment) return fail("commentNotFound");
    if (count > 0)
      await announceChange(tx, {
        articleId: comment.segment.articleId,
        segmentIds: [comment.segmentId],
        structural: false,
      });
    const { segment: _segment, ...row } = comment;
    return ok(row);
  });
}
