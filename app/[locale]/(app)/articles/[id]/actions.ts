"use server";

import { z } from "zod";
import { indexSchema, recordIdSchema, versionSchema } from "@/lib/api/schemas";
import { wellFormedString } from "@/lib/text/well-formed";
import { permitArticle, permitSegment } from "@/lib/db/articles/article-access";
import { assignArticle, listAssignments } from "@/lib/db/articles/assign-article";
import { getArticle } from "@/lib/db/articles/get-article";
import { addComment } from "@/lib/db/comments/add-comment";
import { MAX_COMMENT_LENGTH } from "@/lib/db/comments/comments";
import { listComments, openCommentCounts } from "@/lib/db/comments/list-comments";
import { resolveComment } from "@/lib/db/comments/resolve-comment";
import { applyCheckFixes, planArticleCheckFixes } from "@/lib/db/bulk/apply-check-fixes";
import { approveReadySegments, listReadySegments } from "@/lib/db/bulk/approve-ready-segments";
import type { Db } from "@/lib/db/connect";
import { applyFix } from "@/lib/db/findings/apply-fix";
import { dismissFinding } from "@/lib/db/findings/dismiss-finding";
import type { DismissalReason } from "@/lib/db/generated/enums";
import type { FindingRow } from "@/lib/db/findings/finding-row";
import { listFindings } from "@/lib/db/findings/list-findings";
import { approveSegment } from "@/lib/db/segments/approve-segment";
import { editSegment } from "@/lib/db/segments/edit-segment";
import { listRevisions } from "@/lib/db/segments/list-revisions";
import { mergeWithNext } from "@/lib/db/segments/merge-segments";
import { rejectSegment } from "@/lib/db/segments/reject-segment";
import { restoreRevision } from "@/lib/db/segments/restore-revision";
import { LIVE_SEGMENT, READING_ORDER, segmentRowSelect, type SegmentRow } from "@/lib/db/segments/segment-row";
import { splitSegment } from "@/lib/db/segments/split-segment";
import { toggleChrome } from "@/lib/db/segments/toggle-chrome";
import { fail, ok, type ErrorCode, type Failure, type Result } from "@/lib/result";
import { runAction } from "@/lib/session/run-action";
import { deleteArticle } from "@/lib/db/articles/delete-article";
import { DISMISSAL_REASONS } from "./dismissal-reasons";

/** What changed in the article, for the screen to merge into what it shows. */
export interface ArticleUpdate {
  /** Segments written or created, in reading order. */
  segments: SegmentRow[];
  /** Segments that left the article (merged into another). */
  removedIds?: number[];
  /** Every finding of the article, when they may have changed. */
  findings?: FindingRow[];
  /** The article's whole segment list, after a change too large to merge piece by piece. */
  allSegments?: SegmentRow[];
  /** Unresolved comments per segment, when they may have changed. */
  openComments?: Record<number, number>;
}

const id = recordIdSchema;
const version = versionSchema;
const review = z.object({ segmentId: id, version });

async function articleOf(db: Db, segmentId: number): Promise<number> {
  return (await db.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { articleId: true } })).articleId;
}

/** The segment a finding or revision belongs to, for the permission check. */
async function segmentOfFinding(db: Db, findingId: number): Promise<number> {
  return (await db.finding.findUnique({ where: { id: findingId }, select: { segmentId: true } }))?.segmentId ?? 0;
}

async function segmentOfRevision(db: Db, revisionId: number): Promise<number> {
  return (await db.segmentRevision.findUnique({ where: { id: revisionId }, select: { segmentId: true } }))?.segmentId ?? 0;
}

async function withFindings<F extends Failure<ErrorCode, unknown>>(db: Db, result: Result<SegmentRow[], F>, removedIds?: number[]): Promise<Result<ArticleUpdate, F>> {
  if (!result.ok) return result;
  const [first] = result.value;
  return ok({ segments: result.value, removedIds, findings: first ? await listFindings(db, first.articleId) : [] });
}

function asList<F extends Failure<ErrorCode, unknown>>(result: Result<SegmentRow, F>): Result<SegmentRow[], F> {
  return result.ok ? ok([result.value]) : result;
}

export async function saveSegmentAction(input: { segmentId: number; version: number; text: string }) {
  return runAction(review.extend({ text: wellFormedString() }), input, async (data, { db, user }) => {
    const permitted = await permitSegment(db, user, data.segmentId, "segment.edit");
    if (!permitted.ok) return permitted;
    return withFindings(db, asList(await editSegment(db, data, user.id)));
  });
}

export async function approveSegmentAction(input: { segmentId: number; version: number; overrideReason?: string }) {
  return runAction(review.extend({ overrideReason: wellFormedString().max(2000).optional() }), input, async (data, { db, user }) => {
    const permitted = await permitSegment(db, user, data.segmentId, "segment.review");
    if (!permitted.ok) return permitted;
    const result = await approveSegment(db, data, user.id);
    return result.ok ? ok<ArticleUpdate>({ segments: [result.value] }) : result;
  });
}

export async function rejectSegmentAction(input: { segmentId: number; version: number; comment: string }) {
  return runAction(review.extend({ comment: wellFormedString().trim().min(1).max(MAX_COMMENT_LENGTH) }), input, async (data, { db, user }) => {
    const permitted = await permitSegment(db, user, data.segmentId, "segment.review");
    if (!permitted.ok) return permitted;
    const result = await rejectSegment(db, data, user.id);
    return result.ok ? ok<ArticleUpdate>({ segments: [result.value], openComments: await openCommentCounts(db, result.value.articleId) }) : result;
  });
}

export async function splitSegmentAction(input: { segmentId: number; version: number; at: number }) {
  return runAction(review.extend({ at: indexSchema }), input, async (data, { db, user }) => {
    const permitted = await permitSegment(db, user, data.segmentId, "segment.edit");
    if (!permitted.ok) return permitted;
    const result = await splitSegment(db, { ...data, newPart: "after" }, user.id);
    return withFindings(db, result.ok ? ok(result.value.segments) : result);
  });
}

export async function mergeSegmentAction(input: { segmentId: number; version: number; nextVersion: number }) {
  return runAction(review.extend({ nextVersion: version }), input, async (data, { db, user }) => {
    const permitted = await permitSegment(db, user, data.segmentId, "segment.edit");
    if (!permitted.ok) return permitted;
    const result = await mergeWithNext(db, data, user.id);
    if (!result.ok) return result;
    const merged = await db.segment.findMany({ where: { mergedIntoId: data.segmentId }, select: { id: true } });
    return withFindings(db, ok([result.value]), merged.map((segment) => segment.id));
  });
}

export async function toggleChromeAction(input: { segmentId: number; version: number }) {
  return runAction(review, input, async (data, { db, user }) => {
    const permitted = await permitSegment(db, user, data.segmentId, "segment.edit");
    if (!permitted.ok) return permitted;
    return withFindings(db, asList(await toggleChrome(db, data, user.id)));
  });
}

export async function applyFixAction(input: { findingId: number; fixIndex: number; version: number }) {
  const schema = z.object({ findingId: id, fixIndex: indexSchema, version });
  return runAction(schema, input, async (data, { db, user }) => {
    const permitted = await permitSegment(db, user, await segmentOfFinding(db, data.findingId), "segment.edit");
    if (!permitted.ok) return permitted.code === "notFound" ? fail("findingGone") : permitted;
    return withFindings(db, await applyFix(db, data, user.id));
  });
}

export async function dismissFindingAction(input: { findingId: number; reasonCode: DismissalReason; reason?: string }) {
  const schema = z.object({ findingId: id, reasonCode: z.enum(DISMISSAL_REASONS), reason: wellFormedString().max(500).optional() });
  return runAction(schema, input, async (data, { db, user }) => {
    const permitted = await permitSegment(db, user, await segmentOfFinding(db, data.findingId), "segment.edit");
    if (!permitted.ok) return permitted.code === "notFound" ? fail("findingGone") : permitted;
    const result = await dismissFinding(db, data, user.id);
    if (!result.ok) return result;
    return ok<ArticleUpdate>({ segments: [], findings: await listFindings(db, await articleOf(db, result.value.segmentId)) });
  });
}

export async function listRevisionsAction(input: { segmentId: number }) {
  return runAction(z.object({ segmentId: id }), input, async (data, { db, user }) => {
    const permitted = await permitSegment(db, user, data.segmentId, "article.read");
    if (!permitted.ok) return permitted;
    const [revisions, comments] = await Promise.all([listRevisions(db, data.segmentId), listComments(db, data.segmentId)]);
    return ok({ revisions, comments });
  });
}

export async function restoreRevisionAction(input: { revisionId: number; version: number }) {
  return runAction(z.object({ revisionId: id, version }), input, async (data, { db, user }) => {
    const permitted = await permitSegment(db, user, await segmentOfRevision(db, data.revisionId), "segment.edit");
    if (!permitted.ok) return permitted.code === "notFound" ? fail("revisionNotFound") : permitted;
    return withFindings(db, asList(await restoreRevision(db, data, user.id)));
  });
}

export async function previewCheckFixesAction(input: { articleId: number; check: string }) {
  return runAction(z.object({ articleId: id, check: wellFormedString().min(1).max(64) }), input, async (data, { db, user }) => {
    const permitted = await permitArticle(db, user, data.articleId, "segment.edit");
    if (!permitted.ok) return permitted;
    return ok(await planArticleCheckFixes(db, data));
  });
}

const confirmed = z.array(z.object({ segmentId: id, version })).max(20_000);

export async function applyCheckFixesAction(input: { articleId: number; check: string; confirmed: { segmentId: number; version: number }[] }) {
  const schema = z.object({ articleId: id, check: wellFormedString().min(1).max(64), confirmed });
  return runAction(schema, input, async (data, { db, user }) => {
    const permitted = await permitArticle(db, user, data.articleId, "segment.edit");
    if (!permitted.ok) return permitted;
    const result = await applyCheckFixes(db, data, user.id);
    if (!result.ok) return result;
    const article = await getArticle(db, data.articleId);
    return ok({ applied: result.value, update: { segments: [], allSegments: article?.segments ?? [], findings: await listFindings(db, data.articleId) } satisfies ArticleUpdate });
  });
}

export async function previewReadySegmentsAction(input: { articleId: number }) {
  return runAction(z.object({ articleId: id }), input, async (data, { db, user }) => {
    const permitted = await permitArticle(db, user, data.articleId, "segment.review");
    if (!permitted.ok) return permitted;
    return ok(await listReadySegments(db, data.articleId));
  });
}

export async function approveReadySegmentsAction(input: { articleId: number; confirmed: { segmentId: number; version: number }[] }) {
  return runAction(z.object({ articleId: id, confirmed }), input, async (data, { db, user }) => {
    const permitted = await permitArticle(db, user, data.articleId, "segment.review");
    if (!permitted.ok) return permitted;
    const result = await approveReadySegments(db, data, user.id);
    if (!result.ok) return result;
    const segments = await db.segment.findMany({ where: { id: { in: data.confirmed.map((entry) => entry.segmentId) } }, select: segmentRowSelect, orderBy: READING_ORDER });
    return ok({ approved: result.value.approved, update: { segments } satisfies ArticleUpdate });
  });
}

/** What another person changed, as announced over LISTEN/NOTIFY. */
export async function loadChangesAction(input: { articleId: number; segmentIds: number[]; structural: boolean }) {
  const schema = z.object({ articleId: id, segmentIds: z.array(id).max(1000), structural: z.boolean() });
  return runAction(schema, input, async (data, { db, user }) => {
    const permitted = await permitArticle(db, user, data.articleId, "article.read");
    if (!permitted.ok) return permitted;
    const [findings, openComments] = await Promise.all([listFindings(db, data.articleId), openCommentCounts(db, data.articleId)]);
    if (data.structural || data.segmentIds.length === 0) {
      const article = await getArticle(db, data.articleId);
      if (!article) return fail("articleNotFound");
      return ok<ArticleUpdate>({ segments: [], allSegments: article.segments, findings, openComments });
    }
    const segments = await db.segment.findMany({ where: { id: { in: data.segmentIds }, articleId: data.articleId, ...LIVE_SEGMENT }, select: segmentRowSelect, orderBy: READING_ORDER });
    return ok<ArticleUpdate>({ segments, findings, openComments });
  });
}

export async function addCommentAction(input: { segmentId: number; body: string }) {
  return runAction(z.object({ segmentId: id, body: wellFormedString().trim().min(1).max(MAX_COMMENT_LENGTH) }), input, async (data, { db, user }) => {
    const permitted = await permitSegment(db, user, data.segmentId, "segment.edit");
    if (!permitted.ok) return permitted;
    await addComment(db, data, user.id);
    return ok(await listComments(db, data.segmentId));
  });
}

export async function resolveCommentAction(input: { commentId: number }) {
  return runAction(z.object({ commentId: id }), input, async (data, { db, user }) => {
    const segmentId = (await db.comment.findUnique({ where: { id: data.commentId }, select: { segmentId: true } }))?.segmentId;
    if (segmentId === undefined) return fail("commentNotFound");
    const permitted = await permitSegment(db, user, segmentId, "segment.edit");
    if (!permitted.ok) return permitted;
    const resolved = await resolveComment(db, data.commentId, user.id);
    return resolved.ok ? ok(await listComments(db, segmentId)) : resolved;
  });
}

export async function listAssignmentsAction(input: { articleId: number }) {
  return runAction(z.object({ articleId: id }), input, async (data, { db, user }) => {
    const permitted = await permitArticle(db, user, data.articleId, "article.assign");
    if (!permitted.ok) return permitted;
    return ok(await listAssignments(db, data.articleId));
  });
}

export async function assignArticleAction(input: { articleId: number; userIds: number[] }) {
  return runAction(z.object({ articleId: id, userIds: z.array(id).max(500) }), input, async (data, { db, user }) => {
    const permitted = await permitArticle(db, user, data.articleId, "article.assign");
    if (!permitted.ok) return permitted;
    await assignArticle(db, data, user.id);
    return ok(await listAssignments(db, data.articleId));
  });
}

export async function deleteArticleAction(input: { articleId: number }) {
  return runAction(z.object({ articleId: id }), input, async (data, { db, user }) => {
    const permitted = await permitArticle(db, user, data.articleId, "article.delete");
    if (!permitted.ok) return permitted;
    return deleteArticle(db, data.articleId, user.id);
  });
}
