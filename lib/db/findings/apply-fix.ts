import { fixSchema } from "../../checks/fix-schema";
import { fixedText } from "../../checks/fix-text";
import { fail, ok, type Failure, type Result } from "../../result";
import type { Db, Tx } from "../connect";
import { splitSegmentIn, type SplitFailure } from "../segments/split-segment";
import type { SegmentRow } from "../segments/segment-row";
import { checkSegmentText, type TextFailure } from "../segments/segment-text-rules";
import { currentSegment, writeSegmentIn } from "../segments/write-segment";

export interface ApplyFixInput {
  findingId: number;
  /** Which of the finding's suggested fixes, best first. */
  fixIndex: number;
  /** The segment version the user saw the finding on. */
  version: number;
}

export type ApplyFixFailure = SplitFailure | TextFailure | Failure<"findingGone">;

/** Applies one suggested fix like any edit: version-checked, with a revision, findings refreshed. */
export async function applyFixIn(
  tx: Tx,
  input: ApplyFixInput,
  actorId: number,
): Promise<Result<SegmentRow[], ApplyFixFailure>> {
  const finding = await tx.finding.findUnique({
    where: { id: input.findingId },
    select: {
      segmentId: true,
      check: true,
      start: true,
      end: true,
      text: true,
      fixes: true,
      segment: { select: { text: true, version: true } },
    },
  });
  if (!finding) return fail("findingGone");
  const { segmentId, segment } = finding;
  if (segment.version !== input.version) return fail("conflict", { current: await currentSegment(tx, segmentId) });
  if (segment.text.slice(finding.start, finding.end) !== finding.text) return fail("findingGone");
  const parsed = fixSchema.safeParse((finding.fixes as unknown[])[input.fixIndex]);
  if (!parsed.success) return fail("findingGone");
  const fix = parsed.data;

  if (fix.type === "split-dateline") {
    const split = await splitSegmentIn(
      tx,
      { segmentId, version: input.version, at: fix.at, newPart: "before", newKind: "dateline", comment: finding.check },
      actorId,
      "fix",
      input.findingId,
    );
    return split.ok ? ok(split.value.segments) : split;
  }
  if (fix.type === "mark-chrome") {
    const written = await writeSegmentIn(tx, {
      segmentId,
      expectedVersion: input.version,
      action: "set_kind",
      comment: finding.check,
      actorId,
      fixing: input.findingId,
      change: (before) => ({ ...before, kind: "page_chrome" }),
    });
    return written.ok ? ok([written.value]) : written;
  }
  const text = checkSegmentText(fixedText(segment.text, finding, fix) ?? segment.text);
  if (!text.ok) return text;
  const written = await writeSegmentIn(tx, {
    segmentId,
    expectedVersion: input.version,
    action: "fix",
    comment: finding.check,
    actorId,
    fixing: input.findingId,
    change: (before) => ({ ...before, text: text.value, status: "edited" }),
  });
  return written.ok ? ok([written.value]) : written;
}

export function applyFix(
  db: Db,
  input: ApplyFixInput,
  actorId: number,
): Promise<Result<SegmentRow[], ApplyFixFailure>> {
  return db.$transaction((tx) => applyFixIn(tx, input, actorId));
}
