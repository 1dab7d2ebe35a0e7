import type { Db } from "../connect";
import { LIVE_SEGMENT, READING_ORDER, segmentRowSelect, type SegmentRow } from "./segment-row";

/** Some of an article's live segments, by id, in reading order: what a screen needs after they changed. */
export function listSegmentRows(db: Db, articleId: number, ids: readonly number[]): Promise<SegmentRow[]> {
  return db.segment.findMany({
    where: { id: { in: [...ids] }, articleId, ...LIVE_SEGMENT },
    select: segmentRowSelect,
    orderBy: READING_ORDER,
  });
}
