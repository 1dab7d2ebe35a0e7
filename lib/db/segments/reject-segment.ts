import type { Result } from "../../result";
import type { Db } from "../connect";
import type { ReviewSegmentInput } from "./approve-segment";
import type { SegmentRow } from "./segment-row";
import { writeSegment, type WriteFailure } from "./write-segment";

export interface RejectSegmentInput extends ReviewSegmentInput {
  comment?: string | null;
}

export async function rejectSegment(db: Db, input: RejectSegmentInput, actorId: number): Promise<Result<SegmentRow, WriteFailure>> {
  return writeSegment(db, {
    segmentId: input.segmentId,
    expectedVersion: input.version,
    action: "reject",
    comment: input.comment?.trim() || null,
    actorId,
    change: (before) => ({ ...before, status: "rejected" }),
  });
}
