import type { Prisma } from "../generated/client";

/** The segment fields every screen and every write result needs. */
export const segmentRowSelect = {
  id: true,
  articleId: true,
  position: true,
  block: true,
  kind: true,
  gapBefore: true,
  mtText: true,
  text: true,
  sourceText: true,
  status: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { id: true, name: true } },
} satisfies Prisma.SegmentSelect;

export type SegmentRow = Prisma.SegmentGetPayload<{ select: typeof segmentRowSelect }>;
