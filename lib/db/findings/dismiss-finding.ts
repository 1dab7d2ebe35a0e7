import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";
import type { DismissalReason } from "./dismissal-reason";
import { findingRowSelect, toFindingRow, type FindingRow } from "./finding-row";

export interface DismissFindingInput {
  findingId: number;
  /** Why it is a false alarm; "other" when the caller does not say. */
  reasonCode?: DismissalReason;
  /** The reviewer's own words. */
  reason?: string | null;
}

/** How much of the segment's text on either side a dismissal's verdict keeps, to show it in context. */
export const DISMISSAL_CONTEXT_CHARS = 60;

/**
 * Records who decided a finding is not a problem, and why; it holds until the segment's text
 * changes. The finding's verdict (dismissed) is written in the same transaction.
 */
export async function dismissFinding(
  db: Db,
  input: DismissFindingInput,
  actorId: number,
): Promise<Result<FindingRow, Failure<"findingGone">>> {
  return db.$transaction(async (tx) => {
    const finding = await tx.finding.findUnique({
      where: { id: input.findingId },
      select: {
        articleId: true,
        segmentId: true,
        check: true,
        severity: true,
        start: true,
        end: true,
        text: true,
        createdAt: true,
        dismissalId: true,
        segment: { select: { text: true } },
      },
    });
    if (!finding || finding.segment.text.slice(finding.start, finding.end) !== finding.text) return fail("findingGone");
    if (finding.dismissalId === null) {
      const reasonCode = input.reasonCode ?? "other";
      const note = input.reason?.trim() || null;
      const dismissal = await tx.findingDismissal.create({
        data: {
          segmentId: finding.segmentId,
          check: finding.check,
          start: finding.start,
          end: finding.end,
          segmentText: finding.segment.text,
          reasonCode,
          reason: note,
          dismissedById: actorId,
        },
        select: { id: true },
      });
      await tx.finding.update({ where: { id: input.findingId }, data: { dismissalId: dismissal.id } });
      // A finding whose earlier dismissal lapsed was judged then; the first verdict stands.
      await tx.findingVerdict.createMany({
        data: {
          findingId: input.findingId,
          articleId: finding.articleId,
          segmentId: finding.segmentId,
          check: finding.check,
          severity: finding.severity,
          text: finding.text,
          fate: "dismissed",
          reason: reasonCode,
          note,
          contextBefore: finding.segment.text.slice(
            Math.max(0, finding.start - DISMISSAL_CONTEXT_CHARS),
            finding.start,
          ),
          contextAfter: finding.segment.text.slice(finding.end, finding.end + DISMISSAL_CONTEXT_CHARS),
          raisedAt: finding.createdAt,
          decidedById: actorId,
        },
        skipDuplicates: true,
      });
    }
    return ok(
      toFindingRow(await tx.finding.findUniqueOrThrow({ where: { id: input.findingId }, select: findingRowSelect })),
    );
  });
}
