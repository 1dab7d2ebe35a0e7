import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";
import { findingRowSelect, toFindingRow, type FindingRow } from "./finding-row";

export interface DismissFindingInput {
  findingId: number;
  reason?: string | null;
}

/** Records who decided a finding is not a problem; it holds until the segment's text changes. */
export async function dismissFinding(db: Db, input: DismissFindingInput, actorId: number): Promise<Result<FindingRow, Failure<"findingGone">>> {
  return db.$transaction(async (tx) => {
    const finding = await tx.finding.findUnique({
      where: { id: input.findingId },
      select: { segmentId: true, check: true, start: true, end: true, text: true, dismissalId: true, segment: { select: { text: true } } },
    });
    if (!finding || finding.segment.text.slice(finding.start, finding.end) !== finding.text) return fail("findingGone");
    if (finding.dismissalId === null) {
      const dismissal = await tx.findingDismissal.create({
        data: {
          segmentId: finding.segmentId,
          check: finding.check,
          start: finding.start,
          end: finding.end,
          segmentText: finding.segment.text,
          reason: input.reason?.trim() || null,
          dismissedById: actorId,
        },
        select: { id: true },
      });
      await tx.finding.update({ where: { id: input.findingId }, data: { dismissalId: dismissal.id } });
    }
    return ok(toFindingRow(await tx.finding.findUniqueOrThrow({ where: { id: input.findingId }, select: findingRowSelect })));
  });
}
