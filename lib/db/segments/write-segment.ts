import { fail, ok, type Failure, type Result } from "../../result";
import type { SegmentKind, SegmentStatus } from "../../segmentation/kinds";
import type { Db, Tx } from "../connect";
import { refreshFindings } from "../findings/refresh-findings";
import type { RevisionAction } from "../generated/client";
import { segmentRowSelect, type SegmentRow } from "./segment-row";

export interface SegmentState {
  text: string;
  status: SegmentStatus;
  kind: SegmentKind;
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

export function currentSegment(tx: Tx, segmentId: number): Promise<SegmentRow> {
  return tx.segment.findUniqueOrThrow({ where: { id: segmentId }, select: segmentRowSelect });
}

/** Loads a segment for a write and checks that the writer saw its latest version. */
export async function lockSegment(tx: Tx, segmentId: number, expectedVersion: number) {
  const before = await tx.segment.findUnique({
    where: { id: segmentId },
    select: { articleId: true, position: true, block: true, gapBefore: true, text: true, status: true, kind: true, version: true },
  });
  if (!before) return fail("notFound");
  if (before.version !== expectedVersion) return fail("conflict", { current: await currentSegment(tx, segmentId) });
  return ok(before);
}

/**
 * The one way a segment's text, status or kind changes: a compare-and-set on `version`
 * plus a revision row. A stale version is a conflict that carries the current segment,
 * and nothing is overwritten. Findings are refreshed whenever the text or kind changed.
 */
export async function writeSegmentIn(tx: Tx, write: SegmentWrite): Promise<Result<SegmentRow, WriteFailure>> {
  const { segmentId, expectedVersion, actorId } = write;
  const locked = await lockSegment(tx, segmentId, expectedVersion);
  if (!locked.ok) return locked;
  const before = locked.value;

  const after = write.change(before);
  if (!after || (after.text === before.text && after.status === before.status && after.kind === before.kind)) {
    return ok(await currentSegment(tx, segmentId));
  }
  const version = expectedVersion + 1;
  const { count } = await tx.segment.updateMany({
    where: { id: segmentId, version: expectedVersion },
    data: { text: after.text, status: after.status, kind: after.kind, version, updatedById: actorId },
  });
  if (count === 0) return fail("conflict", { current: await currentSegment(tx, segmentId) });
  await tx.segmentRevision.create({
    data: {
      segmentId,
      version,
      action: write.action,
      textBefore: before.text,
      textAfter: after.text,
      statusBefore: before.status,
      statusAfter: after.status,
      kindBefore: before.kind,
      kindAfter: after.kind,
      comment: write.comment ?? null,
      authorId: actorId,
    },
  });
  if (after.text !== before.text || after.kind !== before.kind) await refreshFindings(tx, before.articleId);
  return ok(await currentSegment(tx, segmentId));
}

export function writeSegment(db: Db, write: SegmentWrite): Promise<Result<SegmentRow, WriteFailure>> {
  return db.$transaction((tx) => writeSegmentIn(tx, write));
}
