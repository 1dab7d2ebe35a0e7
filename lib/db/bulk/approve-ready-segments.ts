import { fail, ok, type Failure, type Result } from "../../result";
import type { Db, Tx } from "../connect";
import { announceChange } from "../events/article-change";
import { LIVE_SEGMENT } from "../segments/segment-row";
import { recordWrites } from "../segments/write-segment";
import { matchesPreview, OutdatedPreview, type SegmentVersion } from "./outdated-preview";

export interface ReadySegment extends SegmentVersion {
  text: string;
}

/**
 * Segments ready for approval: exported, with no open finding, and looked at by a person:
 * edited, or with every finding dismissed.
 */
export async function listReadySegments(db: Db | Tx, articleId: number): Promise<ReadySegment[]> {
  const segments = await db.segment.findMany({
    where: {
      ...LIVE_SEGMENT,
      articleId,
      kind: { not: "page_chrome" },
      findings: { none: { dismissalId: null } },
      OR: [{ status: "edited" }, { status: "new", findings: { some: { dismissalId: { not: null } } } }],
    },
    select: { id: true, version: true, text: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  return segments.map(({ id, version, text }) => ({ segmentId: id, version, text }));
}

/** Approves, in one transaction, exactly the ready segments the user previewed. */
export async function approveReadySegments(
  db: Db,
  input: { articleId: number; confirmed: SegmentVersion[] },
  actorId: number,
): Promise<Result<{ approved: number }, Failure<"outdatedPreview">>> {
  try {
    return await db.$transaction(async (tx) => {
      const ready = await listReadySegments(tx, input.articleId);
      if (!matchesPreview(ready, input.confirmed)) throw new OutdatedPreview();
      const before = await tx.segment.findMany({
        where: { id: { in: ready.map((segment) => segment.segmentId) } },
        select: { id: true, status: true, kind: true, text: true, version: true },
      });
      const writes = before.map((segment) => ({
        segmentId: segment.id,
        expectedVersion: segment.version,
        before: segment,
        after: { ...segment, status: "approved" as const },
      }));
      if (!(await recordWrites(tx, writes, { action: "approve", actorId }))) throw new OutdatedPreview();
      await announceChange(tx, {
        articleId: input.articleId,
        segmentIds: ready.map((segment) => segment.segmentId),
        structural: false,
      });
      return ok({ approved: writes.length });
    });
  } catch (error) {
    if (error instanceof OutdatedPreview) return fail("outdatedPreview");
    throw error;
  }
}
