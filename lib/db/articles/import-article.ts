import type { ArticleDraft, RevisionAuthor, SegmentDraft } from "../../import/article-draft";
import type { SegmentKind, SegmentStatus } from "../../segmentation/kinds";
import type { Db, Tx } from "../connect";
import { refreshFindings } from "../findings/refresh-findings";
import type { Prisma } from "../generated/client";

export interface ImportOptions {
  /** Makes the import happen once: a second import with the same key returns the first article. */
  importKey?: string;
  actorId?: number | null;
  /**
   * Attribute the file's revisions and dismissals to the accounts here with the same email.
   * Off by default: a file could otherwise put words in anyone's mouth just by naming them.
   */
  linkAuthors?: boolean;
}

export interface ImportedArticle {
  id: number;
  created: boolean;
}

// Rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement.
const ROWS_PER_INSERT = 2000;
// Segments go in as one array per column, so only the statement's size bounds a batch.
const SEGMENTS_PER_INSERT = 10_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let at = 0; at < items.length; at += size) result.push(items.slice(at, at + size));
  return result;
}

/** A segment's row as it is inserted. */
interface SegmentInsert {
  position: number;
  block: number;
  kind: SegmentKind;
  gapBefore: string;
  mtText: string;
  text: string;
  sourceText: string | null;
  status: SegmentStatus;
  version: number;
  externalId: string | null;
  /** JSON, or null when the import saw no formatting. */
  hints: string | null;
}

/** A segment's state on arrival: a file may bring an edited text and a status along with the machine output. */
function segmentRow(segment: SegmentDraft, position: number): SegmentInsert {
  const text = segment.currentText ?? segment.text;
  const history = segment.revisions ?? [];
  return {
    position,
    block: segment.block,
    kind: segment.kind,
    gapBefore: segment.gapBefore,
    mtText: segment.text,
    text,
    sourceText: segment.sourceText ?? null,
    status: segment.status ?? (text === segment.text ? "new" : "edited"),
    version: (history.at(-1)?.version ?? 0) + 1,
    externalId: segment.externalId ?? null,
    hints: segment.hints && segment.hints.length > 0 ? JSON.stringify(segment.hints) : null,
  };
}

/**
 * Inserts a batch of segments in one statement whose parameters are one array per column,
 * and returns their ids in the batch's order. Prisma's createManyAndReturn spent about half a
 * millisecond of CPU per row building its statement: most of a large import's time.
 */
async function insertSegments(tx: Tx, articleId: number, rows: readonly SegmentInsert[]): Promise<number[]> {
  const column = <K extends keyof SegmentInsert>(key: K): SegmentInsert[K][] => rows.map((row) => row[key]);
  // Prisma writes timestamps in UTC into these columns without a time zone; so does this.
  const created = await tx.$queryRaw<{ id: number; position: number }[]>`
    INSERT INTO segments (article_id, position, block, kind, gap_before, mt_text, text, source_text, status, version, external_id, hints, updated_at)
    SELECT ${articleId}::int, position, block, kind, gap_before, mt_text, text, source_text, status, version, external_id, hints, now() AT TIME ZONE 'UTC'
    FROM unnest(
      ${column("position")}::int[], ${column("block")}::int[], ${column("kind")}::"SegmentKind"[], ${column("gapBefore")}::text[],
      ${column("mtText")}::text[], ${column("text")}::text[], ${column("sourceText")}::text[], ${column("status")}::"SegmentStatus"[],
      ${column("version")}::int[], ${column("externalId")}::text[], ${column("hints")}::jsonb[]
    ) AS row(position, block, kind, gap_before, mt_text, text, source_text, status, version, external_id, hints)
    RETURNING id, position`;
  const ids = new Map(created.map((row) => [row.position, row.id]));
  return rows.map((row) => {
    const id = ids.get(row.position);
    if (id === undefined) throw new Error(`Segment ${row.position} was not inserted`);
    return id;
  });
}

/** Accounts by lowercased email, for the authors a file names; none unless the import links authors. */
async function accountsByEmail(
  tx: Tx,
  authors: readonly (RevisionAuthor | null)[],
  linkAuthors: boolean,
): Promise<Map<string, number>> {
  const emails = [...new Set(authors.flatMap((author) => (author ? [author.email.toLowerCase()] : [])))];
  if (!linkAuthors || emails.length === 0) return new Map();
  return new Map(
    (await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })).map((user) => [
      user.email,
      user.id,
    ]),
  );
}

/** Imported history keeps its authors as the file names them, or as the accounts they were linked to. */
async function importRevisions(
  tx: Tx,
  draft: ArticleDraft,
  ids: readonly number[],
  linkAuthors: boolean,
): Promise<void> {
  if (!draft.segments.some((segment) => segment.revisions?.length)) return;
  const users = await accountsByEmail(
    tx,
    draft.segments.flatMap((segment) => (segment.revisions ?? []).map((revision) => revision.author)),
    linkAuthors,
  );
  const rows: Prisma.SegmentRevisionCreateManyInput[] = draft.segments.flatMap((segment, index) =>
    (segment.revisions ?? []).map((revision) => {
      const authorId = revision.author ? (users.get(revision.author.email.toLowerCase()) ?? null) : null;
      return {
        segmentId: ids[index] ?? 0,
        version: revision.version,
        action: revision.action,
        textBefore: revision.textBefore,
        textAfter: revision.textAfter,
        statusBefore: revision.statusBefore,
        statusAfter: revision.statusAfter,
        kindBefore: revision.kindBefore,
        kindAfter: revision.kindAfter,
        comment: revision.comment,
        overridden: (revision.overridden ?? undefined) as Prisma.InputJsonValue | undefined,
        authorId,
        importedAuthor:
          revision.author && authorId === null
            ? { name: revision.author.name, email: revision.author.email }
            : undefined,
        createdAt: new Date(revision.createdAt),
      };
    }),
  );
  for (const batch of chunks(rows, ROWS_PER_INSERT)) await tx.segmentRevision.createMany({ data: batch });
}

/** Imported dismissals keep their decider as the file names them, or as the account they were linked to. */
async function importDismissals(
  tx: Tx,
  draft: ArticleDraft,
  ids: readonly number[],
  linkAuthors: boolean,
): Promise<void> {
  if (!draft.segments.some((segment) => segment.dismissals?.length)) return;
  const users = await accountsByEmail(
    tx,
    draft.segments.flatMap((segment) => (segment.dismissals ?? []).map((dismissal) => dismissal.by)),
    linkAuthors,
  );
  const rows: Prisma.FindingDismissalCreateManyInput[] = draft.segments.flatMap((segment, index) =>
    (segment.dismissals ?? []).map((dismissal) => {
      const dismissedById = dismissal.by ? (users.get(dismissal.by.email.toLowerCase()) ?? null) : null;
      return {
        segmentId: ids[index] ?? 0,
        check: dismissal.check,
        start: dismissal.start,
        end: dismissal.end,
        segmentText: dismissal.segmentText,
        reason: dismissal.reason,
        dismissedById,
        importedBy:
          dismissal.by && dismissedById === null ? { name: dismissal.by.name, email: dismissal.by.email } : undefined,
        dismissedAt: new Date(dismissal.at),
      };
    }),
  );
  for (const batch of chunks(rows, ROWS_PER_INSERT)) await tx.findingDismissal.createMany({ data: batch });
}

/** Stores an article, its segments and any history it brings, in one transaction: all or nothing. */
export async function importArticle(
  db: Db,
  draft: ArticleDraft,
  options: ImportOptions = {},
): Promise<ImportedArticle> {
  return db.$transaction(
    async (tx) => {
      if (options.importKey) {
        const existing = await tx.article.findUnique({ where: { importKey: options.importKey }, select: { id: true } });
        if (existing) return { id: existing.id, created: false };
      }
      const article = await tx.article.create({
        data: {
          title: draft.title,
          sourceLang: draft.sourceLang,
          targetLang: draft.targetLang,
          origin: draft.origin,
          importKey: options.importKey ?? null,
          trailingText: draft.trailingText,
          importedById: options.actorId ?? null,
          authorsLinked: options.linkAuthors ?? false,
        },
        select: { id: true },
      });
      const ids: number[] = [];
      for (const batch of chunks(draft.segments.map(segmentRow), SEGMENTS_PER_INSERT))
        ids.push(...(await insertSegments(tx, article.id, batch)));
      await importRevisions(tx, draft, ids, options.linkAuthors ?? false);
      // Before the checks run, so that the findings they dismissed come back dismissed.
      await importDismissals(tx, draft, ids, options.linkAuthors ?? false);
      await refreshFindings(tx, article.id);
      return { id: article.id, created: true };
    },
    // A large article takes longer than Prisma's default five seconds.
    { timeout: 120_000, maxWait: 10_000 },
  );
}
