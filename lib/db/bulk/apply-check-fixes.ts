import { planCheckFixes, type PlannedFix } from "../../checks/plan-check-fixes";
import type { Fix } from "../../checks/types";
import { fail, ok, type Failure, type Result } from "../../result";
import type { Db, Tx } from "../connect";
import { announceChange } from "../events/article-change";
import { refreshFindings } from "../findings/refresh-findings";
import { LIVE_SEGMENT } from "../segments/segment-row";
import { splitSegmentQuietly } from "../segments/split-segment";
import { recordWrites, type PlannedWrite } from "../segments/write-segment";
import { matchesPreview, OutdatedPreview, type SegmentVersion } from "./outdated-preview";

export interface CheckFixesInput {
  articleId: number;
  check: string;
}

/** Plans the best fix of every open finding of one check in an article, without writing. */
export async function planArticleCheckFixes(db: Db | Tx, input: CheckFixesInput): Promise<PlannedFix[]> {
  const findings = await db.finding.findMany({
    where: { articleId: input.articleId, check: input.check, dismissalId: null, segment: LIVE_SEGMENT },
    select: {
      segmentId: true,
      start: true,
      end: true,
      fixes: true,
      segment: { select: { id: true, version: true, text: true, kind: true, position: true } },
    },
    orderBy: [{ segment: { position: "asc" } }, { start: "asc" }],
  });
  const segments = [...new Map(findings.map((finding) => [finding.segmentId, finding.segment])).values()];
  return planCheckFixes(
    segments,
    findings.map((finding) => ({ ...finding, fixes: finding.fixes as unknown as Fix[] })),
  );
}

export interface AppliedCheckFixes {
  segments: number;
  findings: number;
}

/**
 * Applies the plan the user previewed, in one transaction, one revision per segment. If
 * any segment changed since the preview, nothing is applied.
 */
export async function applyCheckFixes(
  db: Db,
  input: CheckFixesInput & { confirmed: SegmentVersion[] },
  actorId: number,
): Promise<Result<AppliedCheckFixes, Failure<"outdatedPreview">>> {
  try {
    return await db.$transaction(async (tx) => {
      const plans = await planArticleCheckFixes(tx, input);
      if (!matchesPreview(plans, input.confirmed)) throw new OutdatedPreview();
      const note = { action: "fix" as const, comment: input.check, actorId };
      const current = new Map(
        (
          await tx.segment.findMany({
            where: { id: { in: plans.map((plan) => plan.segmentId) } },
            select: { id: true, text: true, status: true, kind: true },
          })
        ).map((segment) => [segment.id, segment]),
      );
      const writes: PlannedWrite[] = [];
      for (const plan of plans) {
        const before = current.get(plan.segmentId);
        if (!before) throw new OutdatedPreview();
        if (plan.textAfter === before.text && plan.kindAfter === before.kind) continue;
        writes.push({
          segmentId: plan.segmentId,
          expectedVersion: plan.version,
          before,
          after: { text: plan.textAfter, kind: plan.kindAfter, status: "edited" },
        });
      }
      if (!(await recordWrites(tx, writes, note))) throw new OutdatedPreview();
      const written = new Set(writes.map((write) => write.segmentId));
      for (const plan of plans) {
        if (plan.splitAt === null) continue;
        const version = written.has(plan.segmentId) ? plan.version + 1 : plan.version;
        const split = await splitSegmentQuietly(
          tx,
          {
            segmentId: plan.segmentId,
            version,
            at: plan.splitAt,
            newPart: "before",
            newKind: "dateline",
            comment: input.check,
          },
          actorId,
          "fix",
        );
        if (!split.ok) throw new OutdatedPreview();
      }
      // Every planned segment counts as changed: its findings of this check that went away were fixed.
      const changed = plans.flatMap((plan) => {
        const before = current.get(plan.segmentId);
        return before ? [{ segmentId: plan.segmentId, text: before.text, kind: before.kind }] : [];
      });
      await refreshFindings(tx, input.articleId, { actorId, changed, fixedCheck: input.check });
      await announceChange(tx, {
        articleId: input.articleId,
        segmentIds: plans.map((plan) => plan.segmentId),
        structural: plans.some((plan) => plan.splitAt !== null),
      });
      return ok({ segments: plans.length, findings: plans.reduce((total, plan) => total + plan.fixed, 0) });
    });
  } catch (error) {
    if (error instanceof OutdatedPreview) return fail("outdatedPreview");
    throw error;
  }
}
