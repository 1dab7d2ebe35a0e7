import { fail, ok, type Failure, type Result } from "../../result";
import type { SegmentStatus } from "../../segmentation/kinds";
import type { Db } from "../connect";
import type { RevisionAction } from "../generated/client";
import { segmentRowSelect, type SegmentRow } from "./segment-row";

export interface SegmentState {
  text: string;
  status: SegmentStatus;
}

export type ConflictFailure = Failure<"conflict", { current: SegmentRow }>;
export type WriteFailure = ConflictFailure | Failure<"notFound">;

export interface SegmentWrite {
  segmentId: number;
  /** The version the writer started from; any other version means someone else wrote first. */
  expectedVersion: number;
  action: RevisionAction;
  comment?: string | null;
  actorId: number;
  /** The new state, or null when the write would change nothing. */
  change(before: SegmentState): SegmentState | null;
}

/**
 * The one way a segment's text or status changes: a compare-and-set on `version`,
 * plus a revision row, in one transaction. A stale version is a conflict that carries
 * the current segment, and nothing is overwritten.
 */
export async function writeSegment(db: Db, write: SegmentWrite): Promise<Result<SegmentRow, WriteFailure>> {
  const { segmentId, expectedVersion, actorId } = write;
  return db.$transaction(async (tx) => {
    const before = await tx.segment.findUnique({ where: { id: segmentId }, select: { text: true, status: true, version: true } });
    if (!before) return fail("notFound");
    const current = () => tx.segment.findUniqueOrThrow({ where: { id: segmentId }, select: segmentRowSelect });
    if (before.version !== expectedVersion) return fail("conflict", { current: await current() });

    const after = write.change(before);
    if (!after || (after.text === before.text && after.status === before.status)) return ok(await current());

    const version = expectedVersion + 1;
    const { count } = await tx.segment.updateMany({
      where: { id: segmentId, version: expectedVersion },
      data: { text: after.text, status: after.status, version, updatedById: actorId },
    });
    if (count === 0) return fail("conflict", { current: await current() });
    await tx.segmentRevision.create({
      data: {
        segmentId,
        version,
        action: write.action,
        textBefore: before.text,
        textAfter: after.text,
        statusBefore: before.status,
        statusAfter: after.status,
        comment: write.comment ?? null,
        authorId: actorId,
      },
    });
    return ok(await current());
  });
}
