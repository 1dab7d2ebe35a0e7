import type { Prisma } from "../generated/client";

export const MAX_COMMENT_LENGTH = 2000;

export const commentRowSelect = {
  id: true,
  segmentId: true,
  body: true,
  createdAt: true,
  resolvedAt: true,
  author: { select: { id: true, name: true } },
  resolvedBy: { select: { id: true, name: true } },
} satisfies Prisma.CommentSelect;

export type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentRowSelect }>;
