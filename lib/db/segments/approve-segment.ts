import type { Result } from "../../result";
import type { Db } from "../connect";
import type { SegmentRow } from "./segment-row";
import { writeSegment, type WriteFailure } from "./write-segment";

export interface ReviewSegmentInput {
  segmentId: number;
  /** The version the reviewer saw: an approval always refers to the text that was approved. */
  version: number;
}

export async function approveSegment(db: Db, input: ReviewSegmentInput, actorId: number): Promise<Result<SegmentRow, WriteFailure>> {
  return writeSegment(db, {
    segmentId: input.segmentId,
    expectedVersion: input.version,
    action: "approve",
    actorId,
    change: (before) => ({ ...before, status: "approved" }),
  });
}
