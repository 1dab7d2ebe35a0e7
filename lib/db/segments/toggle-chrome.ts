import type { Result } from "../../result";
import type { SegmentKind } from "../../segmentation/kinds";
import type { Db, Tx } from "../connect";
import type { SegmentRow } from "./segment-row";
import { writeSegmentIn, type WriteFailure } from "./write-segment";

export interface ToggleChromeInput {
  segmentId: number;
  version: number;
}

/** The kind a segment had before it was last marked as page chrome; a paragraph if it was imported as chrome. */
async function kindBeforeChrome(tx: Tx, segmentId: number): Promise<SegmentKind> {
  const marked = await tx.segmentRevision.findFirst({
    where: { segmentId, kindAfter: "page_chrome", kindBefore: { not: "page_chrome" } },
    orderBy: { id: "desc" },
    select: { kindBefore: true },
  });
  return marked?.kindBefore ?? "paragraph";
}

/** Marks a segment as page chrome, which export leaves out, or restores it to what it was. */
export async function toggleChrome(
  db: Db,
  input: ToggleChromeInput,
  actorId: number,
): Promise<Result<SegmentRow, WriteFailure>> {
  return db.$transaction(async (tx) => {
    const restored = await kindBeforeChrome(tx, input.segmentId);
    return writeSegmentIn(tx, {
      segmentId: input.segmentId,
      expectedVersion: input.version,
      action: "set_kind",
      actorId,
      change: (before) => ({ ...before, kind: before.kind === "page_chrome" ? restored : "page_chrome" }),
    });
  });
}
