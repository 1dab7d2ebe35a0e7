import { can, type Actor } from "../../auth/permissions";
import type { SegmentStatus } from "../../segmentation/kinds";
import type { Db } from "../connect";
import { LIVE_SEGMENT } from "../segments/segment-row";

/** What is still to do for a role: translators fix new and rejected text, reviewers check edits. */
export function queueStatuses(actor: Actor): SegmentStatus[] {
  return can(actor, "segment.review", { assigned: true }) ? ["edited"] : ["new", "rejected"];
}

export interface QueueEntry {
  articleId: number;
  title: string;
  statuses: SegmentStatus[];
  waiting: number;
  openComments: number;
}

/** The actor's assigned articles with how many segments wait for them; an empty queue shows nothing. */
export async function listQueue(db: Db, actor: Actor): Promise<QueueEntry[]> {
  const statuses = queueStatuses(actor);
  const articles = await db.article.findMany({
    where: { assignments: { some: { userId: actor.id } } },
    select: {
      id: true,
      title: true,
      _count: {
        select: { segments: { where: { ...LIVE_SEGMENT, kind: { not: "page_chrome" }, status: { in: statuses } } } },
      },
    },
    orderBy: { importedAt: "desc" },
  });
  const comments = await db.comment.groupBy({
    by: ["segmentId"],
    where: { resolvedAt: null, segment: { articleId: { in: articles.map((article) => article.id) } } },
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
    statuses,
    waiting: article._count.segments,
    openComments: openComments.get(article.id) ?? 0,
  }));
}
