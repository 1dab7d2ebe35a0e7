import type { Result } from "../../result";
import type { Db } from "../connect";
import { checkSegmentText, type TextFailure } from "./segment-text-rules";
import type { SegmentRow } from "./segment-row";
import { writeSegment, type WriteFailure } from "./write-segment";

export interface EditSegmentInput {
  segmentId: number;
  version: number;
  text: string;
}

/** Saves new text; any status, approved included, goes back to "edited". */
export async function editSegment(
  db: Db,
  input: EditSegmentInput,
  actorId: number,
): Promise<Result<SegmentRow, WriteFailure | TextFailure>> {
  const checked = checkSegmentText(input.text);
  if (!checked.ok) return checked;
  return writeSegment(db, {
    segmentId: input.segmentId,
    expectedVersion: input.version,
    action: "edit",
    actorId,
    change: (before) => (before.text === checked.value ? null : { ...before, text: checked.value, status: "edited" }),
  });
}
