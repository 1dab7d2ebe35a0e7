import { fail, ok, type Failure, type Result } from "../../result";
import { MAX_SEGMENT_LENGTH } from "../../segmentation/limits";

export type TextFailure = Failure<"textTooLong", { max: number }> | Failure<"lineBreak">;

/** A segment is one sentence-sized piece of one block, so it can't hold a line break. */
export function checkSegmentText(text: string): Result<string, TextFailure> {
  if (text.length > MAX_SEGMENT_LENGTH) return fail("textTooLong", { max: MAX_SEGMENT_LENGTH });
  if (/[\r\n\u2028\u2029]/u.test(text)) return fail("lineBreak");
  return ok(text);
}
