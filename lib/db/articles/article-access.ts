import { can, type Action, type Actor } from "../../auth/permissions";
import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";

export type AccessFailure = Failure<"forbidden"> | Failure<"articleNotFound">;

/**
 * Whether `actor` may do `action` on an article. An article the actor may not even read
 * is reported as not found, so that its existence stays private.
 */
export async function permitArticle(
  db: Db,
  actor: Actor,
  articleId: number,
  action: Action,
): Promise<Result<true, AccessFailure>> {
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
export async function permitSegment(
  db: Db,
  actor: Actor,
  segmentId: number,
  action: Action,
): Promise<Result<{ articleId: number }, AccessFailure | Failure<"notFound">>> {
  const segment = await db.segment.findUnique({ where: { id: segmentId }, select: { articleId: true } });
  if (!segment) return fail("notFound");
  const permitted = await permitArticle(db, actor, segment.articleId, action);
  return permitted.ok ? ok({ articleId: segment.articleId }) : permitted;
}

/** What an action works on: an article, a segment, or something of a segment's. */
export type AccessTarget =
  { article: number } | { segment: number } | { finding: number } | { revision: number } | { comment: number };

/** How each kind of target answers when it is not there (or not the actor's to see). */
export type MissingTarget =
  Failure<"notFound"> | Failure<"findingGone"> | Failure<"revisionNotFound"> | Failure<"commentNotFound">;

async function segmentOf(db: Db, target: Exclude<AccessTarget, { article: number }>): Promise<number | undefined> {
  if ("segment" in target) return target.segment;
  if ("finding" in target)
    return (await db.finding.findUnique({ where: { id: target.finding }, select: { segmentId: true } }))?.segmentId;
  if ("revision" in target)
    return (await db.segmentRevision.findUnique({ where: { id: target.revision }, select: { segmentId: true } }))
      ?.segmentId;
  return (await db.comment.findUnique({ where: { id: target.comment }, select: { segmentId: true } }))?.segmentId;
}

function missing(target: Exclude<AccessTarget, { article: number }>): MissingTarget {
  if ("finding" in target) return fail("findingGone");
  if ("revision" in target) return fail("revisionNotFound");
  if ("comment" in target) return fail("commentNotFound");
  return fail("notFound");
}

/**
 * `permitArticle` for whatever an action works on: the article it belongs to is found, and
 * a target that is gone, or in an article the actor may not read, answers with its own code.
 */
export async function permitTarget(
  db: Db,
  actor: Actor,
  target: AccessTarget,
  action: Action,
): Promise<Result<{ articleId: number }, AccessFailure | MissingTarget>> {
  if ("article" in target) {
    const permitted = await permitArticle(db, actor, target.article, action);
    return permitted.ok ? ok({ articleId: target.article }) : permitted;
  }
  const segmentId = await segmentOf(db, target);
  const permitted = segmentId === undefined ? fail("notFound") : await permitSegment(db, actor, segmentId, action);
  if (permitted.ok) return permitted;
  return permitted.code === "notFound" ? missing(target) : permitted;
}

/** Articles the actor may read: all of them for an admin, the assigned ones for everyone else. */
export function readableArticles(actor: Actor) {
  return can(actor, "article.read", { assigned: false }) ? {} : { assignments: { some: { userId: actor.id } } };
}
