import { fail, type Failure, type Result } from "../../result";
import type { Db } from "../connect";
import type { SegmentRow } from "./segment-row";
import { lockSegment, writeSegmentIn, type WriteFailure } from "./write-segment";

export interface ReviewSegmentInput {
  segmentId: number;
  /** The version the reviewer saw: an approval always refers to the text that was approved. */
  version: number;
}

export interface ApproveSegmentInput extends ReviewSegmentInput {
  /** Why the editor approves despite open critical findings; without it they block approval. */
  overrideReason?: string | null;
}

export type CriticalFindingsFailure = Failure<"criticalFindings", { findings: { check: string; text: string }[] }>;

export async function approveSegment(
  db: Db,
  input: ApproveSegmentInput,
  actorId: number,
): Promise<Result<SegmentRow, WriteFailure | CriticalFindingsFailure>> {
  return db.$transaction(async (tx) => {
    const locked = await lockSegment(tx, input.segmentId, input.version);
    if (!locked.ok) return locked;
    const critical = await tx.finding.findMany({
      where: { segmentId: input.segmentId, severity: "critical", dismissalId: null },
      select: { check: true, text: true },
      orderBy: { start: "asc" },
    });
    const reason = input.overrideReason?.trim() || null;
    if (critical.length > 0 && !reason) return fail("criticalFindings", { findings: critical });
    return writeSegmentIn(tx, {
      segmentId: input.segmentId,
      expectedVersion: input.version,
      action: "approve",
      comment: critical.length > 0 ? reason : null,
      overridden: critical.length > 0 ? critical : undefined,
      actorId,
      change: (before) => ({ ...before, status: "approved" }),
    });
  });
}
