import { fail, ok, type Failure, type Result } from "../../result";
import type { SegmentKind, SegmentStatus } from "../../segmentation/kinds";
import type { Db, Tx } from "../connect";
import { announceChange } from "../events/article-change";
import { refreshFindings } from "../findings/refresh-findings";
import { Prisma, type RevisionAction } from "../generated/client";
import { LIVE_SEGMENT, segmentRowSelect, type SegmentRow } from "./segment-row";

export interface SegmentState {
  text: string;
  status: SegmentStatus;
  kind: SegmentKind;
}

export type ConflictFailure = Failure<"conflict", { current: SegmentRow }>;
export type WriteFailure = ConflictFailure | Failure<"notFound">;

interface RevisionNote {
  action: RevisionAction;
  comment?: string | null;
  /** Open critical findings an approval overrode, recorded with it. */
  overridden?: { check: string; text: string }[];
  actorId: number;
}

export interface SegmentWrite extends RevisionNote {
  segmentId: number;
  /** The finding whose suggested fix this write applies, so that it is recorded as fixed. */
  fixing?: number;
  /** The version the writer started from; any other version means someone else wrote first. */
  expectedVersion: number;
  /** The new state, or null when the write would change nothing. */
  change(before: SegmentState): SegmentState | null;
}

export function currentSegment(tx: Tx, segmentId: number): Promise<SegmentRow> {
  return tx.segment.findUniqueOrThrow({ where: { id: segmentId }, select: segmentRowSelect });
}

/** Loads a segment for a write and checks that the writer saw its latest version. */
export async function lockSegment(tx: Tx, segmentId: number, expectedVersion: number) {
  const before = await tx.segment.findUnique({
    where: { id: segmentId, ...LIVE_SEGMENT },
    select: {
      articleId: true,
      position: true,
      block: true,
      gapBefore: true,
      text: true,
      status: true,
      kind: true,
      version: true,
    },
  });
  if (!before) return fail("notFound");
  if (before.version !== expectedVersion) return fail("conflict", { current: await currentSegment(tx, segmentId) });
  return ok(before);
}

/** The revision that records one segment's change from `before` to `after`. */
function revisionRow(
  change: { segmentId: number; version: number; before: SegmentState; after: SegmentState },
  note: RevisionNote,
): Prisma.SegmentRevisionCreateManyInput {
  const { segmentId, version, before, after } = change;
  return {
    segmentId,
    version,
    action: note.action,
    textBefore: before.text,
    textAfter: after.text,
    statusBefore: before.status,
    statusAfter: after.status,
    kindBefore: before.kind,
    kindAfter: after.kind,
    comment: note.comment ?? null,
    overridden: note.overridden,
    authorId: note.actorId,
  };
}

/**
 * Writes a new state if the segment is still at `expectedVersion`, and records the
 * revision. Returns false, having written nothing, when someone else wrote first.
 */
export async function recordWrite(
  tx: Tx,
  segmentId: number,
  expectedVersion: number,
  before: SegmentState,
  after: SegmentState,
  note: RevisionNote,
): Promise<boolean> {
  const version = expectedVersion + 1;
  const { count } = await tx.segment.updateMany({
    where: { id: segmentId, version: expectedVersion },
    data: { text: after.text, status: after.status, kind: after.kind, version, updatedById: note.actorId },
  });
  if (count === 0) return false;
  await tx.segmentRevision.create({ data: revisionRow({ segmentId, version, before, after }, note) });
  return true;
}

export interface PlannedWrite {
  segmentId: number;
  expectedVersion: number;
  before: SegmentState;
  after: SegmentState;
}

/**
 * `recordWrite` for many segments at once, in three statements whatever their number.
 * Returns false, having written nothing, when any of them changed since its version.
 */
export async function recordWrites(tx: Tx, writes: readonly PlannedWrite[], note: RevisionNote): Promise<boolean> {
  if (writes.length === 0) return true;
  const rows = writes.map(
    (write) =>
      Prisma.sql`(${write.segmentId}::int, ${write.expectedVersion}::int, ${write.after.text}, ${write.after.kind}::"SegmentKind", ${write.after.status}::"SegmentStatus")`,
  );
  const updated = await tx.$executeRaw`
    UPDATE segments AS s
    SET text = v.text, kind = v.kind, status = v.status, version = s.version + 1, updated_by_id = ${note.actorId}, updated_at = now()
    FROM (VALUES ${Prisma.join(rows)}) AS v(id, version, text, kind, status)
    WHERE s.id = v.id AND s.version = v.version AND s.merged_into_id IS NULL`;
  if (updated !== writes.length) return false;
  await tx.segmentRevision.createMany({
    data: writes.map(({ segmentId, expectedVersion, before, after }) =>
      revisionRow({ segmentId, version: expectedVersion + 1, before, after }, note),
    ),
  });
  return true;
}

/**
 * The one way a segment's text, status or kind changes: a compare-and-set on `version`
 * plus a revision row. A stale version is a conflict that carries the current segment,
 * and nothing is overwritten. Findings are refreshed whenever the text or kind changed.
 */
export async function writeSegmentIn(tx: Tx, write: SegmentWrite): Promise<Result<SegmentRow, WriteFailure>> {
  const { segmentId, expectedVersion } = write;
  const locked = await lockSegment(tx, segmentId, expectedVersion);
  if (!locked.ok) return locked;
  const before = locked.value;

  const after = write.change(before);
  if (!after || (after.text === before.text && after.status === before.status && after.kind === before.kind)) {
    return ok(await currentSegment(tx, segmentId));
  }
  if (!(await recordWrite(tx, segmentId, expectedVersion, before, after, write)))
    return fail("conflict", { current: await currentSegment(tx, segmentId) });
  if (after.text !== before.text || after.kind !== before.kind) {
    const cause = {
      actorId: write.actorId,
      changed: [{ segmentId, text: before.text, kind: before.kind }],
      fixedFindingIds: write.fixing === undefined ? [] : [write.fixing],
    };
    await refreshFindings(tx, before.articleId, cause);
  }
  await announceChange(tx, { articleId: before.articleId, segmentIds: [segmentId], structural: false });
  return ok(await currentSegment(tx, segmentId));
}

export function writeSegment(db: Db, write: SegmentWrite): Promise<Result<SegmentRow, WriteFailure>> {
  return db.$transaction((tx) => writeSegmentIn(tx, write));
}
