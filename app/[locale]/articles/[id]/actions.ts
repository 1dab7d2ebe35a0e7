"use server";

import { z } from "zod";
import { applyFix } from "@/lib/db/findings/apply-fix";
import { dismissFinding } from "@/lib/db/findings/dismiss-finding";
import { listFindings } from "@/lib/db/findings/list-findings";
import type { FindingRow } from "@/lib/db/findings/finding-row";
import { approveSegment } from "@/lib/db/segments/approve-segment";
import { editSegment } from "@/lib/db/segments/edit-segment";
import { rejectSegment } from "@/lib/db/segments/reject-segment";
import type { SegmentRow } from "@/lib/db/segments/segment-row";
import type { Db } from "@/lib/db/connect";
import { ok, type ErrorCode, type Failure, type Result } from "@/lib/result";
import { runAction } from "../../run-action";

/** What changed in the article: the segments written (new ones included) and, when text changed, every finding. */
export interface ArticleUpdate {
  segments: SegmentRow[];
  findings?: FindingRow[];
}

const id = z.number().int().positive();
const review = z.object({ segmentId: id, version: id });

async function withFindings<F extends Failure<ErrorCode, unknown>>(db: Db, result: Result<SegmentRow[], F>): Promise<Result<ArticleUpdate, F>> {
  if (!result.ok) return result;
  const articleId = result.value[0]?.articleId;
  return ok({ segments: result.value, findings: articleId === undefined ? [] : await listFindings(db, articleId) });
}

function single<F extends Failure<ErrorCode, unknown>>(result: Result<SegmentRow, F>): Result<SegmentRow[], F> {
  return result.ok ? ok([result.value]) : result;
}

export async function saveSegmentAction(input: { segmentId: number; version: number; text: string }) {
  return runAction(review.extend({ text: z.string() }), input, async (data, { db, user }) => withFindings(db, single(await editSegment(db, data, user.id))));
}

export async function approveSegmentAction(input: { segmentId: number; version: number }) {
  return runAction(review, input, async (data, { db, user }) => {
    const result = await approveSegment(db, data, user.id);
    return result.ok ? ok<ArticleUpdate>({ segments: [result.value] }) : result;
  });
}

export async function rejectSegmentAction(input: { segmentId: number; version: number; comment?: string }) {
  return runAction(review.extend({ comment: z.string().max(2000).optional() }), input, async (data, { db, user }) => {
    const result = await rejectSegment(db, data, user.id);
    return result.ok ? ok<ArticleUpdate>({ segments: [result.value] }) : result;
  });
}

export async function applyFixAction(input: { findingId: number; fixIndex: number; version: number }) {
  const schema = z.object({ findingId: id, fixIndex: z.number().int().nonnegative(), version: id });
  return runAction(schema, input, async (data, { db, user }) => withFindings(db, await applyFix(db, data, user.id)));
}

export async function dismissFindingAction(input: { findingId: number; reason?: string }) {
  const schema = z.object({ findingId: id, reason: z.string().max(500).optional() });
  return runAction(schema, input, async (data, { db, user }) => {
    const result = await dismissFinding(db, data, user.id);
    if (!result.ok) return result;
    const articleId = (await db.segment.findUniqueOrThrow({ where: { id: result.value.segmentId }, select: { articleId: true } })).articleId;
    return ok<ArticleUpdate>({ segments: [], findings: await listFindings(db, articleId) });
  });
}

/** The article's findings as they stand, after a fix or dismissal found them out of date. */
export async function listFindingsAction(input: { articleId: number }) {
  return runAction(z.object({ articleId: id }), input, async (data, { db }) => ok(await listFindings(db, data.articleId)));
}
