import type { Db, Tx } from "../connect";
import { announceChange } from "../events/article-change";
import { commentRowSelect, type CommentRow } from "./comments";

/** Adds to a segment's thread: an editor's question, a translator's answer, a rejection's reason. */
export async function addCommentIn(
  tx: Tx,
  input: { segmentId: number; body: string },
  authorId: number,
): Promise<CommentRow> {
  const comment = await tx.comment.create({
    data: { segmentId: input.segmentId, body: input.body.trim(), authorId },
    select: commentRowSelect,
  });
  const { articleId } = await tx.segment.findUniqueOrThrow({
    where: { id: input.segmentId },
    select: { articleId: true },
  });
  await announceChange(tx, { articleId, segmentIds: [input.segmentId], structural: false });
  return comment;
}

export function addComment(db: Db, input: { segmentId: number; body: string }, authorId: number): Promise<CommentRow> {
  return db.$transaction((tx) => addCommentIn(tx, input, authorId));
}
