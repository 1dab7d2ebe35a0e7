import { fail, type Failure, type Result } from "../../result";
import type { Db } from "../connect";
import type { SegmentRow } from "./segment-row";
import { writeSegmentIn, type WriteFailure } from "./write-segment";

export interface RestoreRevisionInput {
  revisionId: number;
  /** The segment version the user saw when choosing the revision. */
  version: number;
}

/** Brings back the text and kind a revision left, as a new revision; nothing in between is lost. */
export async function restoreRevision(
  db: Db,
  input: RestoreRevisionInput,
  actorId: number,
): Promise<Result<SegmentRow, WriteFailure | Failure<"revisionNotFound">>> {
  return db.$transaction(async (tx) => {
    const revision = await tx.segmentRevision.findUnique({
      where: { id: input.revisionId },
      select: { segmentId: true, version: true, textAfter: true, kindAfter: true },
    });
    if (!revision) return fail("revisionNotFound");
    return writeSegmentIn(tx, {
      segmentId: revision.segmentId,
      expectedVersion: input.version,
      action: "restore",
      comment: `v${revision.version}`,
      actorId,
      change: (before) => ({
        text: revision.textAfter,
        kind: revision.kindAfter,
        status: before.text === revision.textAfter && before.kind === revision.kindAfter ? before.status : "edited",
      }),
    });
  });
}
