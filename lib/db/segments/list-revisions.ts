import type { Db } from "../connect";
import type { Prisma } from "../generated/client";

export const revisionRowSelect = {
  id: true,
  version: true,
  action: true,
  textBefore: true,
  textAfter: true,
  statusBefore: true,
  statusAfter: true,
  kindBefore: true,
  kindAfter: true,
  comment: true,
  overridden: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.SegmentRevisionSelect;

export type RevisionRow = Prisma.SegmentRevisionGetPayload<{ select: typeof revisionRowSelect }>;

/** A segment's history, newest first. */
export async function listRevisions(db: Db, segmentId: number): Promise<RevisionRow[]> {
  return db.segmentRevision.findMany({ where: { segmentId }, select: revisionRowSelect, orderBy: { id: "desc" } });
}
