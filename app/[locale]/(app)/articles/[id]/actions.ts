"use server";

import { z } from "zod";
import { indexSchema, recordIdSchema, versionSchema } from "@/lib/api/schemas";
import { wellFormedString } from "@/lib/text/well-formed";
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
import type { DismissalReason } from "@/lib/db/findings/dismissal-reason";
import type { FindingRow } from "@/lib/db/findings/finding-row";
import { listFindings } from "@/lib/db/findings/list-findings";
import { approveSegment } from "@/lib/db/segments/approve-segment";
import { editSegment } from "@/lib/db/segments/edit-segment";
import { listRevisions } from "@/lib/db/segments/list-revisions";
import { mergeWithNext } from "@/lib/db/segments/merge-segments";
import { rejectSegment } from "@/lib/db/segments/reject-segment";
import { restoreRevision } from "@/lib/db/segments/restore-revision";
import { listMergedInto } from "@/lib/db/segments/list-merged-segments";
import { listSegmentRows } from "@/lib/db/segments/list-segment-rows";
import type { SegmentRow } from "@/lib/db/segments/segment-row";
import { splitSegment } from "@/lib/db/segments/split-segment";
import { toggleChrome } from "@/lib/db/segments/toggle-chrome";
import { fail, ok, type ErrorCode, type Failure, type Result } from "@/lib/result";
import { runActionOn } from "@/lib/session/run-action";
import { deleteArticle } from "@/lib/db/articles/delete-article";
import { DISMISSAL_REASONS } from "@/lib/db/findings/dismissal-reason";

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

// Who may do what, said once per kind of action.
const editOf = {
  target: (data: { segmentId: number }) => ({ segment: data.segmentId }),
  action: "segment.edit",
} as const;
const reviewOf = {
  target: (data: { segmentId: number }) => ({ segment: data.segmentId }),
  action: "segment.review",
} as const;
const editArticle = {
  target: (data: { articleId: number }) => ({ article: data.articleId }),
  action: "segment.edit",
} as const;
const reviewArticle = {
  target: (data: { articleId: number }) => ({ article: data.articleId }),
  action: "segment.review",
} as const;
const assignArticleGuard = {
  target: (data: { articleId: number }) => ({ article: data.articleId }),
  action: "article.assign",
} as const;

async function withFindings<F extends Failure<ErrorCode, unknown>>(
  db: Db,
  result: Result<SegmentRow[], F>,
  removedIds?: number[],
): Promise<Result<ArticleUpdate, F>> {
  if (!result.ok) return result;
  const [first] = result.value;
  return ok({ segments: result.value, removedIds, findings: first ? await listFindings(db, first.articleId) : [] });
}

function asList<F extends Failure<ErrorCode, unknown>>(result: Result<SegmentRow, F>): Result<SegmentRow[], F> {
  return result.ok ? ok([result.value]) : result;
}

export async function saveSegmentAction(input: { segmentId: number; version: number; text: string }) {
  return runActionOn(review.extend({ text: wellFormedString() }), input, editOf, async (data, { db, user }) =>
    withFindings(db, asList(await editSegment(db, data, user.id))),
  );
}

export async function approveSegmentAction(input: { segmentId: number; version: number; overrideReason?: string }) {
  return runActionOn(
    review.extend({ overrideReason: wellFormedString().max(2000).optional() }),
    input,
    reviewOf,
    async (data, { db, user }) => {
      const result = await approveSegment(db, data, user.id);
      return result.ok ? ok<ArticleUpdate>({ segments: [result.value] }) : result;
    },
  );
}

export async function rejectSegmentAction(input: { segmentId: number; version: number; comment: string }) {
  return runActionOn(
    review.extend({ comment: wellFormedString().trim().min(1).max(MAX_COMMENT_LENGTH) }),
    input,
    reviewOf,
    async (data, { db, user }) => {
      const result = await rejectSegment(db, data, user.id);
      return result.ok
        ? ok<ArticleUpdate>({
            segments: [result.value],
            openComments: await openCommentCounts(db, result.value.articleId),
          })
        : result;
    },
  );
}

export async function splitSegmentAction(input: { segmentId: number; version: number; at: number }) {
  return runActionOn(review.extend({ at: indexSchema }), input, editOf, async (data, { db, user }) => {
    const result = await splitSegment(db, { ...data, newPart: "after" }, user.id);
    return withFindings(db, result.ok ? ok(result.value.segments) : result);
  });
}

export async function mergeSegmentAction(input: { segmentId: number; version: number; nextVersion: number }) {
  return runActionOn(review.extend({ nextVersion: version }), input, editOf, async (data, { db, user }) => {
    const result = await mergeWithNext(db, data, user.id);
    if (!result.ok) return result;
    return withFindings(db, ok([result.value]), await listMergedInto(db, data.segmentId));
  });
}

export async function toggleChromeAction(input: { segmentId: number; version: number }) {
  return runActionOn(review, input, editOf, async (data, { db, user }) =>
    withFindings(db, asList(await toggleChrome(db, data, user.id))),
  );
}

export async function applyFixAction(input: { findingId: number; fixIndex: number; version: number }) {
  const schema = z.object({ findingId: id, fixIndex: indexSchema, version });
  return runActionOn(
    schema,
    input,
    { target: (data) => ({ finding: data.findingId }), action: "segment.edit" },
    async (data, { db, user }) => withFindings(db, await applyFix(db, data, user.id)),
  );
}

export async function dismissFindingAction(input: { findingId: number; reasonCode: DismissalReason; reason?: string }) {
  const schema = z.object({
    findingId: id,
    reasonCode: z.enum(DISMISSAL_REASONS),
    reason: wellFormedString().max(500).optional(),
  });
  return runActionOn(
    schema,
    input,
    { target: (data) => ({ finding: data.findingId }), action: "segment.edit" },
    async (data, { db, user, articleId }) => {
      const result = await dismissFinding(db, data, user.id);
      if (!result.ok) return result;
      return ok<ArticleUpdate>({ segments: [], findings: await listFindings(db, articleId) });
    },
  );
}

export async function listRevisionsAction(input: { segmentId: number }) {
  return runActionOn(
    z.object({ segmentId: id }),
    input,
    { target: (data) => ({ segment: data.segmentId }), action: "article.read" },
    async (data, { db }) => {
      const [revisions, comments] = await Promise.all([
        listRevisions(db, data.segmentId),
        listComments(db, data.segmentId),
      ]);
      return ok({ revisions, comments });
    },
  );
}

export async function restoreRevisionAction(input: { revisionId: number; version: number }) {
  return runActionOn(
    z.object({ revisionId: id, version }),
    input,
    { target: (data) => ({ revision: data.revisionId }), action: "segment.edit" },
    async (data, { db, user }) => withFindings(db, asList(await restoreRevision(db, data, user.id))),
  );
}

export async function previewCheckFixesAction(input: { articleId: number; check: string }) {
  return runActionOn(
    z.object({ articleId: id, check: wellFormedString().min(1).max(64) }),
    input,
    editArticle,
    async (data, { db }) => ok(await planArticleCheckFixes(db, data)),
  );
}

const confirmed = z.array(z.object({ segmentId: id, version })).max(20_000);

export async function applyCheckFixesAction(input: {
  articleId: number;
  check: string;
  confirmed: { segmentId: number; version: number }[];
}) {
  const schema = z.object({ articleId: id, check: wellFormedString().min(1).max(64), confirmed });
  return runActionOn(schema, input, editArticle, async (data, { db, user }) => {
    const result = await applyCheckFixes(db, data, user.id);
    if (!result.ok) return result;
    const article = await getArticle(db, data.articleId);
    return ok({
      applied: result.value,
      update: {
        segments: [],
        allSegments: article?.segments ?? [],
        findings: await listFindings(db, data.articleId),
      } satisfies ArticleUpdate,
    });
  });
}

export async function previewReadySegmentsAction(input: { articleId: number }) {
  return runActionOn(z.object({ articleId: id }), input, reviewArticle, async (data, { db }) =>
    ok(await listReadySegments(db, data.articleId)),
  );
}

export async function approveReadySegmentsAction(input: {
  articleId: number;
  confirmed: { segmentId: number; version: number }[];
}) {
  return runActionOn(z.object({ articleId: id, confirmed }), input, reviewArticle, async (data, { db, user }) => {
    const result = await approveReadySegments(db, data, user.id);
    if (!result.ok) return result;
    const segments = await listSegmentRows(
      db,
      data.articleId,
      data.confirmed.map((entry) => entry.segmentId),
    );
    return ok({ approved: result.value.approved, update: { segments } satisfies ArticleUpdate });
  });
}

/** What another person changed, as announced over LISTEN/NOTIFY. */
export async function loadChangesAction(input: { articleId: number; segmentIds: number[]; structural: boolean }) {
  const schema = z.object({ articleId: id, segmentIds: z.array(id).max(1000), structural: z.boolean() });
  return runActionOn(
    schema,
    input,
    { target: (data) => ({ article: data.articleId }), action: "article.read" },
    async (data, { db }) => {
      const [findings, openComments] = await Promise.all([
        listFindings(db, data.articleId),
        openCommentCounts(db, data.articleId),
      ]);
      if (data.structural || data.segmentIds.length === 0) {
        const article = await getArticle(db, data.articleId);
        if (!article) return fail("articleNotFound");
        return ok<ArticleUpdate>({ segments: [], allSegments: article.segments, findings, openComments });
      }
      const segments = await listSegmentRows(db, data.articleId, data.segmentIds);
      return ok<ArticleUpdate>({ segments, findings, openComments });
    },
  );
}

export async function addCommentAction(input: { segmentId: number; body: string }) {
  return runActionOn(
    z.object({ segmentId: id, body: wellFormedString().trim().min(1).max(MAX_COMMENT_LENGTH) }),
    input,
    editOf,
    async (data, { db, user }) => {
      await addComment(db, data, user.id);
      return ok(await listComments(db, data.segmentId));
    },
  );
}

export async function resolveCommentAction(input: { commentId: number }) {
  return runActionOn(
    z.object({ commentId: id }),
    input,
    { target: (data) => ({ comment: data.commentId }), action: "segment.edit" },
    async (data, { db, user }) => {
      const resolved = await resolveComment(db, data.commentId, user.id);
      return resolved.ok ? ok(await listComments(db, resolved.value.segmentId)) : resolved;
    },
  );
}

export async function listAssignmentsAction(input: { articleId: number }) {
  return runActionOn(z.object({ articleId: id }), input, assignArticleGuard, async (data, { db }) =>
    ok(await listAssignments(db, data.articleId)),
  );
}

export async function assignArticleAction(input: { articleId: number; userIds: number[] }) {
  return runActionOn(
    z.object({ articleId: id, userIds: z.array(id).max(500) }),
    input,
    assignArticleGuard,
    async (data, { db, user }) => {
      await assignArticle(db, data, user.id);
      return ok(await listAssignments(db, data.articleId));
    },
  );
}

export async function deleteArticleAction(input: { articleId: number }) {
  return runActionOn(
    z.object({ articleId: id }),
    input,
    { target: (data) => ({ article: data.articleId }), action: "article.delete" },
    async (data, { db, user }) => deleteArticle(db, data.articleId, user.id),
  );
}
