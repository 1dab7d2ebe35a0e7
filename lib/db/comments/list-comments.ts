import type { Db } from "../connect";
import { commentRowSelect, type CommentRow } from "./comments";

export async function listComments(db: Db, segmentId: number): Promise<CommentRow[]> {
  return db.comment.findMany({ where: { segmentId }, select: commentRowSelect, orderBy: { id: "asc" } });
}

/** Unresolved comments per segment of an article, for the rows and the filter. */
export async function openCommentCounts(db: Db, articleId: number): Promise<Record<number, number>> {
  const rows = await db.comment.groupBy({
    by: ["segmentId"],
    where: { resolvedAt: null, segment: { articleId } },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((row) => [row.segmentId, row._count._all]));
}
