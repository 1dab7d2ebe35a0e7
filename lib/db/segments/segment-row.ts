import type { Prisma } from "../generated/client";

/** Segments that are part of the article: a segment merged into another is kept, out of sight. */
export const LIVE_SEGMENT = { mergedIntoId: null } satisfies Prisma.SegmentWhereInput;

/** Reading order. */
export const READING_ORDER = [{ position: "asc" }, { id: "asc" }] satisfies Prisma.SegmentOrderByWithRelationInput[];

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
