import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";
import { announceChange } from "../events/article-change";
import { refreshFindings } from "../findings/refresh-findings";
import { LIVE_SEGMENT, READING_ORDER, type SegmentRow } from "./segment-row";
import { checkSegmentText, type TextFailure } from "./segment-text-rules";
import { currentSegment, lockSegment, type WriteFailure } from "./write-segment";

export interface MergeSegmentsInput {
  segmentId: number;
  version: number;
  /** The version of the next segment that the user saw. */
  nextVersion: number;
}

export type MergeFailure = WriteFailure | TextFailure | Failure<"cannotMergeHere">;

/**
 * Merges a segment with the next one in its block. The next segment is kept, with its
 * machine output and history, marked as merged into the first, and no longer shown.
 */
export async function mergeWithNext(
  db: Db,
  input: MergeSegmentsInput,
  actorId: number,
): Promise<Result<SegmentRow, MergeFailure>> {
  return db.$transaction(async (tx) => {
    const locked = await lockSegment(tx, input.segmentId, input.version);
    if (!locked.ok) return locked;
    const first = locked.value;
    const next = await tx.segment.findFirst({
      where: { ...LIVE_SEGMENT, articleId: first.articleId, position: { gt: first.position } },
      orderBy: READING_ORDER,
      select: { id: true, block: true, gapBefore: true, text: true, status: true, kind: true, version: true },
    });
    if (!next || next.block !== first.block) return fail("cannotMergeHere");
    if (next.version !== input.nextVersion) return fail("conflict", { current: await currentSegment(tx, next.id) });

    const joined = checkSegmentText(`${first.text}${/^\s+$/u.test(next.gapBefore) ? next.gapBefore : " "}${next.text}`);
    if (!joined.ok) return joined;
    const common = { action: "merge" as const, authorId: actorId };
    const firstUpdate = await tx.segment.updateMany({
      where: { id: input.segmentId, version: input.version },
      data: { text: joined.value, status: "edited", version: { increment: 1 }, updatedById: actorId },
    });
    const nextUpdate = await tx.segment.updateMany({
      where: { id: next.id, version: next.version },
      data: { mergedIntoId: input.segmentId, version: { increment: 1 }, updatedById: actorId },
    });
    if (firstUpdate.count === 0 || nextUpdate.count === 0)
      return fail("conflict", { current: await currentSegment(tx, input.segmentId) });
    await tx.segmentRevision.createMany({
      data: [
        {
          ...common,
          segmentId: input.segmentId,
          version: input.version + 1,
          textBefore: first.text,
          textAfter: joined.value,
          statusBefore: first.status,
          statusAfter: "edited",
          kindBefore: first.kind,
          kindAfter: first.kind,
        },
        {
          ...common,
          segmentId: next.id,
          version: next.version + 1,
          textBefore: next.text,
          textAfter: next.text,
          statusBefore: next.status,
          statusAfter: next.status,
          kindBefore: next.kind,
          kindAfter: next.kind,
          comment: `merged into #${input.segmentId}`,
        },
      ],
    });
    await refreshFindings(tx, first.articleId, {
      actorId,
      changed: [{ segmentId: input.segmentId, text: first.text, kind: first.kind }],
    });
    await announceChange(tx, { articleId: first.articleId, segmentIds: [input.segmentId, next.id], structural: true });
    return ok(await currentSegment(tx, input.segmentId));
  });
}
