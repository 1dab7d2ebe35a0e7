import type { Db } from "../connect";

/** The segments that were merged into `segmentId`, which have left the article. */
export async function listMergedInto(db: Db, segmentId: number): Promise<number[]> {
  return (await db.segment.findMany({ where: { mergedIntoId: segmentId }, select: { id: true } })).map(
    (segment) => segment.id,
  );
}
