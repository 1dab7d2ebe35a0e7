import type { Actor } from "../../auth/permissions";
import { WAITING_STATUSES, waitingRoleOf, type WaitingRole } from "../../auth/waiting-for";
import type { Prisma } from "../generated/client";
import type { Db } from "../connect";
import { LIVE_SEGMENT } from "../segments/segment-row";

export interface QueueEntry {
  articleId: number;
  title: string;
  role: WaitingRole;
  /** Segments that wait for the person, each counted once (see `waitsFor`). */
  waiting: number;
  openComments: number;
}

/** Segments a queue counts at all: still in the article, and not page chrome. */
const COUNTED_SEGMENT = { ...LIVE_SEGMENT, kind: { not: "page_chrome" } } satisfies Prisma.SegmentWhereInput;

/** The database's form of `waitsFor`, so that the queue counts exactly what the article's "For you" filter shows. */
function waitingWhere(role: WaitingRole): Prisma.SegmentWhereInput {
  const byStatus: Prisma.SegmentWhereInput = { status: { in: [...WAITING_STATUSES[role]] } };
  return {
    ...COUNTED_SEGMENT,
    ...(role === "translator" ? { OR: [byStatus, { comments: { some: { resolvedAt: null } } }] } : byStatus),
  };
}

/** The actor's assigned articles with how many segments wait for them; an empty queue shows nothing. */
export async function listQueue(db: Db, actor: Actor): Promise<QueueEntry[]> {
  const role = waitingRoleOf(actor);
  const articles = await db.article.findMany({
    where: { assignments: { some: { userId: actor.id } } },
    select: { id: true, title: true, _count: { select: { segments: { where: waitingWhere(role) } } } },
    orderBy: { importedAt: "desc" },
  });
  const comments = await db.comment.groupBy({
    by: ["segmentId"],
    where: {
      resolvedAt: null,
      segment: { ...COUNTED_SEGMENT, articleId: { in: articles.map((article) => article.id) } },
    },
    _count: { _all: true },
  });
  const segmentArticles = new Map(
    (
      await db.segment.findMany({
        where: { id: { in: comments.map((row) => row.segmentId) } },
        select: { id: true, articleId: true },
      })
    ).map((row) => [row.id, row.articleId]),
  );
  const openComments = new Map<number, number>();
  for (const row of comments) {
    const articleId = segmentArticles.get(row.segmentId);
    if (articleId !== undefined) openComments.set(articleId, (openComments.get(articleId) ?? 0) + row._count._all);
  }
  return articles.map((article) => ({
    articleId: article.id,
    title: article.title,
    role,
    waiting: article._count.segments,
    openComments: openComments.get(article.id) ?? 0,
  }));
}
