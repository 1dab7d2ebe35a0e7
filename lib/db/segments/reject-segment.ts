import { fail, type Failure, type Result } from "../../result";
import { addCommentIn } from "../comments/add-comment";
import type { Db } from "../connect";
import type { ReviewSegmentInput } from "./approve-segment";
import type { SegmentRow } from "./segment-row";
import { writeSegmentIn, type WriteFailure } from "./write-segment";

export interface RejectSegmentInput extends ReviewSegmentInput {
  /** Why: required, and posted to the segment's thread so the translator can answer. */
  comment: string;
}

export async function rejectSegment(
  db: Db,
  input: RejectSegmentInput,
  actorId: number,
): Promise<Result<SegmentRow, WriteFailure | Failure<"commentRequired">>> {
  const comment = input.comment.trim();
  if (!comment) return fail("commentRequired");
  return db.$transaction(async (tx) => {
    const result = await writeSegmentIn(tx, {
      segmentId: input.segmentId,
      expectedVersion: input.version,
      action: "reject",
      comment,
      actorId,
      change: (before) => ({ ...before, status: "rejected" }),
    });
    if (result.ok) await addCommentIn(tx, { segmentId: input.segmentId, body: comment }, actorId);
    return result;
  });
}
