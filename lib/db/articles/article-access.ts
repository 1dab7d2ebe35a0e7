import { can, type Action, type Actor } from "../../auth/permissions";
import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";

export type AccessFailure = Failure<"forbidden"> | Failure<"articleNotFound">;

/**
 * Whether `actor` may do `action` on an article. An article the actor may not even read
 * is reported as not found, so that its existence stays private.
 */
export async function permitArticle(db: Db, actor: Actor, articleId: number, action: Action): Promise<Result<true, AccessFailure>> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { assignments: { where: { userId: actor.id }, select: { userId: true } } },
  });
  if (!article) return fail("articleNotFound");
  const access = { assigned: article.assignments.length > 0 };
  if (!can(actor, "article.read", access)) return fail("articleNotFound");
  return can(actor, action, access) ? ok(true) : fail("forbidden");
}

/** `permitArticle` for the article a segment belongs to. */
export async function permitSegment(db: Db, actor: Actor, segmentId: number, action: Action): Promise<Result<{ articleId: number }, AccessFailure | Failure<"notFound">>> {
  const segment = await db.segment.findUnique({ where: { id: segmentId }, select: { articleId: true } });
  if (!segment) return fail("notFound");
  const permitted = await permitArticle(db, actor, segment.articleId, action);
  return permitted.ok ? ok({ articleId: segment.articleId }) : permitted;
}

/** Articles the actor may read: all of them for an admin, the assigned ones for everyone else. */
export function readableArticles(actor: Actor) {
  return can(actor, "article.read", { assigned: false }) ? {} : { assignments: { some: { userId: actor.id } } };
}
