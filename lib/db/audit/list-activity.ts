import type { Db } from "../connect";

export interface ActivityFilter {
  actorId?: number;
  articleId?: number;
  limit?: number;
}

export interface ActivityEntry {
  /** Unique across the kinds of entry. */
  key: string;
  at: Date;
  actor: { id: number; name: string } | null;
  /** A revision's action ("edit", "approve", …) or an event's ("article.export", "finding.dismiss", …). */
  action: string;
  article: { id: number; title: string } | null;
  segmentId: number | null;
  /** The segment's number in its article, as the review screen shows it; null when it was merged away. */
  segmentNumber: number | null;
  /** A dismissed finding's or a changed check's id, for the page to name in the reader's language. */
  check?: string;
  /** An export's format name ("md", "xliff2"…), likewise. */
  format?: string;
  targetUser: { id: number; name: string } | null;
  /** A comment, a reason, a format: whatever the entry carries. */
  note: string | null;
  overridden: boolean;
  /** For a check's new severity: what it was and what it became. */
  change?: { from: string; to: string };
  /** On an import: whether the admin chose to link the file's authors to accounts by email. */
  authorsLinked?: boolean;
  /** On an invitation, or its withdrawal: who was invited, before they have an account. */
  invitee?: { name: string | null; email: string };
}

const DEFAULT_LIMIT = 200;

/** One field of an event's details as text, or undefined when the event has no such field. */
function detailOf(details: unknown, key: string): string | undefined {
  if (typeof details !== "object" || details === null || !(key in details)) return undefined;
  return String((details as Record<string, unknown>)[key]);
}

/** Each segment's number in its article (live segments in reading order, from 1), for the segments asked about. */
async function segmentNumbers(db: Db, segmentIds: readonly number[]): Promise<Map<number, number>> {
  if (segmentIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: number; number: bigint }[]>`
    SELECT id, number FROM (
      SELECT s.id, row_number() OVER (PARTITION BY s.article_id ORDER BY s.position, s.id) AS number
      FROM segments s
      WHERE s.merged_into_id IS NULL
        AND s.article_id IN (SELECT article_id FROM segments WHERE id = ANY(${[...segmentIds]}::int[]))
    ) numbered
    WHERE id = ANY(${[...segmentIds]}::int[])`;
  return new Map(rows.map((row) => [row.id, Number(row.number)]));
}

function inviteeOf(action: string, details: unknown): { name: string | null; email: string } | undefined {
  const email = detailOf(details, "email");
  if ((action !== "user.invite" && action !== "user.uninvite") || email === undefined) return undefined;
  // Invitations recorded before names were kept have only the address.
  return { name: detailOf(details, "name") ?? null, email };
}

function severityChange(details: unknown): { from: string; to: string } | undefined {
  const from = detailOf(details, "from");
  const to = detailOf(details, "to");
  return from === undefined || to === undefined ? undefined : { from, to };
}

/**
 * Recent activity, newest first. Revisions, dismissals and imports are their own record;
 * the audit table holds the rest (exports, assignments, invitations, role changes).
 */
export async function listActivity(db: Db, filter: ActivityFilter = {}): Promise<ActivityEntry[]> {
  const take = filter.limit ?? DEFAULT_LIMIT;
  const article = { select: { id: true, title: true } } as const;
  const person = { select: { id: true, name: true } } as const;
  const [revisions, dismissals, imports, events] = await Promise.all([
    db.segmentRevision.findMany({
      where: { authorId: filter.actorId, segment: filter.articleId ? { articleId: filter.articleId } : undefined },
      select: {
        id: true,
        createdAt: true,
        action: true,
        comment: true,
        overridden: true,
        segmentId: true,
        author: person,
        segment: { select: { article } },
      },
      orderBy: { id: "desc" },
      take,
    }),
    db.findingDismissal.findMany({
      where: { dismissedById: filter.actorId, segment: filter.articleId ? { articleId: filter.articleId } : undefined },
      select: {
        id: true,
        dismissedAt: true,
        check: true,
        reason: true,
        segmentId: true,
        dismissedBy: person,
        segment: { select: { article } },
      },
      orderBy: { id: "desc" },
      take,
    }),
    db.article.findMany({
      where: { importedById: filter.actorId, id: filter.articleId },
      select: { id: true, title: true, origin: true, importedAt: true, authorsLinked: true, importedBy: person },
      orderBy: { id: "desc" },
      take,
    }),
    db.auditEvent.findMany({
      where: { actorId: filter.actorId, articleId: filter.articleId },
      select: {
        id: true,
        createdAt: true,
        action: true,
        articleId: true,
        details: true,
        actor: person,
        targetUserId: true,
      },
      orderBy: { id: "desc" },
      take,
    }),
  ]);
  const titles = new Map(
    (
      await db.article.findMany({
        where: { id: { in: events.flatMap((event) => (event.articleId ? [event.articleId] : [])) } },
        select: { id: true, title: true },
      })
    ).map((row) => [row.id, row]),
  );
  const users = new Map(
    (
      await db.user.findMany({
        where: { id: { in: events.flatMap((event) => (event.targetUserId ? [event.targetUserId] : [])) } },
        select: { id: true, name: true },
      })
    ).map((row) => [row.id, row]),
  );
  const entries: ActivityEntry[] = [
    ...revisions.map((revision) => ({
      key: `revision-${revision.id}`,
      at: revision.createdAt,
      actor: revision.author,
      action: revision.action,
      article: revision.segment.article,
      segmentId: revision.segmentId,
      segmentNumber: null,
      targetUser: null,
      note: revision.comment,
      overridden: Array.isArray(revision.overridden) && revision.overridden.length > 0,
    })),
    ...dismissals.map((dismissal) => ({
      key: `dismissal-${dismissal.id}`,
      at: dismissal.dismissedAt,
      actor: dismissal.dismissedBy,
      action: "finding.dismiss",
      article: dismissal.segment.article,
      segmentId: dismissal.segmentId,
      segmentNumber: null,
      check: dismissal.check,
      targetUser: null,
      note: dismissal.reason,
      overridden: false,
    })),
    ...imports.map((entry) => ({
      key: `import-${entry.id}`,
      at: entry.importedAt,
      actor: entry.importedBy,
      action: "article.import",
      article: { id: entry.id, title: entry.title },
      segmentId: null,
      segmentNumber: null,
      targetUser: null,
      note: entry.origin,
      overridden: false,
      authorsLinked: entry.authorsLinked,
    })),
    ...events.map((event) => ({
      key: `event-${event.id}`,
      at: event.createdAt,
      actor: event.actor,
      action: event.action,
      article: event.articleId ? (titles.get(event.articleId) ?? null) : null,
      segmentId: null,
      segmentNumber: null,
      check: detailOf(event.details, "check"),
      format: detailOf(event.details, "format"),
      targetUser: event.targetUserId ? (users.get(event.targetUserId) ?? null) : null,
      // A deleted article's title; the check and the format are named apart.
      note: detailOf(event.details, "title") ?? null,
      overridden: false,
      change: severityChange(event.details),
      invitee: inviteeOf(event.action, event.details),
    })),
  ];
  const shown = entries.sort((left, right) => right.at.getTime() - left.at.getTime()).slice(0, take);
  const numbers = await segmentNumbers(
    db,
    shown.flatMap((entry) => (entry.segmentId === null ? [] : [entry.segmentId])),
  );
  return shown.map((entry) =>
    entry.segmentId === null ? entry : { ...entry, segmentNumber: numbers.get(entry.segmentId) ?? null },
  );
}
