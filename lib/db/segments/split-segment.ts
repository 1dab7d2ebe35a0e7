import { fail, ok, type Failure, type Result } from "../../result";
import type { SegmentKind } from "../../segmentation/kinds";
import type { Db, Tx } from "../connect";
import { announceChange } from "../events/article-change";
import type { SegmentBefore } from "../findings/finding-fates";
import { refreshFindings } from "../findings/refresh-findings";
import type { RevisionAction } from "../generated/client";
import { currentSegment, lockSegment, type WriteFailure } from "./write-segment";
import type { SegmentRow } from "./segment-row";

export interface SplitSegmentInput {
  segmentId: number;
  version: number;
  /** UTF-16 offset in the current text; whitespace around it goes to the gap between the parts. */
  at: number;
  /** Which part becomes the new segment; the other part stays in the original, with its history. */
  newPart: "before" | "after";
  /** The new segment's kind; by default the original's. */
  newKind?: SegmentKind;
  /** Noted on both revisions, e.g. the check whose fix this is. */
  comment?: string;
}

export interface SplitResult {
  /** Both parts, in reading order. */
  segments: [SegmentRow, SegmentRow];
}

export type SplitFailure = WriteFailure | Failure<"cannotSplitHere">;

interface SplitParts {
  articleId: number;
  /** Both parts' ids, in reading order. */
  ids: [number, number];
  /** The original segment as it was before the split. */
  before: SegmentBefore;
}

/**
 * Splits a segment in two within its block. The machine output stays with the original
 * segment; the new one starts from its own part, and both changes land as revisions.
 * The caller refreshes findings and announces the change, once for a larger write.
 */
export async function splitSegmentQuietly(
  tx: Tx,
  input: SplitSegmentInput,
  actorId: number,
  action: RevisionAction,
): Promise<Result<SplitParts, SplitFailure>> {
  const locked = await lockSegment(tx, input.segmentId, input.version);
  if (!locked.ok) return locked;
  const original = locked.value;
  const before = original.text.slice(0, input.at).trimEnd();
  const rest = original.text.slice(input.at);
  const after = rest.trimStart();
  if (!before || !after) return fail("cannotSplitHere");
  const between = original.text.slice(before.length, input.at) + rest.slice(0, rest.length - after.length);

  const kept = input.newPart === "before" ? after : before;
  const created = input.newPart === "before" ? before : after;
  const version = input.version + 1;
  const { count } = await tx.segment.updateMany({
    where: { id: input.segmentId, version: input.version },
    data: {
      text: kept,
      status: "edited",
      version,
      updatedById: actorId,
      ...(input.newPart === "before" ? { gapBefore: between } : {}),
    },
  });
  if (count === 0) return fail("conflict", { current: await currentSegment(tx, input.segmentId) });
  const newPosition = input.newPart === "before" ? original.position : original.position + 1;
  // Moving the later segments along is not a change to them: Prisma's updateMany would
  // stamp each with a new updatedAt, and every row would claim to have just been edited.
  await tx.$executeRaw`UPDATE segments SET position = position + 1 WHERE article_id = ${original.articleId} AND position >= ${newPosition}`;
  const newSegment = await tx.segment.create({
    data: {
      articleId: original.articleId,
      position: newPosition,
      block: original.block,
      kind: input.newKind ?? original.kind,
      gapBefore: input.newPart === "before" ? original.gapBefore : between,
      mtText: created,
      text: created,
      status: "edited",
      updatedById: actorId,
    },
    select: { id: true },
  });
  const common = { action, statusAfter: "edited" as const, authorId: actorId, comment: input.comment ?? null };
  await tx.segmentRevision.createMany({
    data: [
      {
        ...common,
        segmentId: input.segmentId,
        version,
        textBefore: original.text,
        textAfter: kept,
        statusBefore: original.status,
        kindBefore: original.kind,
        kindAfter: original.kind,
      },
      {
        ...common,
        segmentId: newSegment.id,
        version: 1,
        textBefore: "",
        textAfter: created,
        statusBefore: "new",
        kindBefore: input.newKind ?? original.kind,
        kindAfter: input.newKind ?? original.kind,
      },
    ],
  });
  const ids: [number, number] =
    input.newPart === "before" ? [newSegment.id, input.segmentId] : [input.segmentId, newSegment.id];
  return ok({
    articleId: original.articleId,
    ids,
    before: { segmentId: input.segmentId, text: original.text, kind: original.kind },
  });
}

/** Splits and refreshes the findings; `fixing` names the finding whose fix the split is. */
export async function splitSegmentIn(
  tx: Tx,
  input: SplitSegmentInput,
  actorId: number,
  action: RevisionAction = "split",
  fixing?: number,
): Promise<Result<SplitResult, SplitFailure>> {
  const split = await splitSegmentQuietly(tx, input, actorId, action);
  if (!split.ok) return split;
  const { articleId, ids, before } = split.value;
  await refreshFindings(tx, articleId, {
    actorId,
    changed: [before],
    fixedFindingIds: fixing === undefined ? [] : [fixing],
  });
  await announceChange(tx, { articleId, segmentIds: ids, structural: true });
  const [first, second] = await Promise.all(ids.map((id) => currentSegment(tx, id)));
  return ok({ segments: [first as SegmentRow, second as SegmentRow] });
}

export function splitSegment(
  db: Db,
  input: SplitSegmentInput,
  actorId: number,
): Promise<Result<SplitResult, SplitFailure>> {
  return db.$transaction((tx) => splitSegmentIn(tx, input, actorId));
}
