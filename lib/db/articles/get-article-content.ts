import type { DismissalRecord, OverriddenFinding, RevisionRecord, TextHint } from "../../import/article-draft";
import type { ArticleContent } from "../../export/article-content";
import type { Db } from "../connect";
import { revisionRowSelect } from "../segments/list-revisions";
import { LIVE_SEGMENT, READING_ORDER } from "../segments/segment-row";

/** What the exporters need of an article, or null when it doesn't exist; history only when asked (JSON). */
export async function getArticleContent(
  db: Db,
  articleId: number,
  options: { withHistory?: boolean } = {},
): Promise<ArticleContent | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      title: true,
      trailingText: true,
      sourceLang: true,
      targetLang: true,
      origin: true,
      segments: {
        where: LIVE_SEGMENT,
        orderBy: READING_ORDER,
        select: {
          block: true,
          kind: true,
          gapBefore: true,
          text: true,
          mtText: true,
          sourceText: true,
          status: true,
          externalId: true,
          hints: true,
          revisions: {
            // Always the same select so the row type stays exact; no rows unless history was asked for.
            take: options.withHistory ? undefined : 0,
            orderBy: { id: "asc" },
            // A file names people by email, so the author's email replaces the screen's id.
            select: { ...revisionRowSelect, importedAuthor: true, author: { select: { name: true, email: true } } },
          },
          dismissals: {
            take: options.withHistory ? undefined : 0,
            orderBy: { id: "asc" },
            select: {
              check: true,
              start: true,
              end: true,
              segmentText: true,
              reason: true,
              dismissedAt: true,
              importedBy: true,
              dismissedBy: { select: { name: true, email: true } },
            },
          },
        },
      },
    },
  });
  if (!article) return null;
  return {
    ...article,
    segments: article.segments.map(({ revisions, dismissals, hints, ...segment }) => ({
      ...segment,
      hints: (hints as unknown as TextHint[] | null) ?? undefined,
      revisions: !options.withHistory
        ? undefined
        : revisions.map((revision): RevisionRecord => ({
            version: revision.version,
            action: revision.action,
            textBefore: revision.textBefore,
            textAfter: revision.textAfter,
            statusBefore: revision.statusBefore,
            statusAfter: revision.statusAfter,
            kindBefore: revision.kindBefore,
            kindAfter: revision.kindAfter,
            comment: revision.comment,
            author: revision.author ?? ((revision.importedAuthor as RevisionRecord["author"]) || null),
            overridden: (revision.overridden as OverriddenFinding[] | null) ?? null,
            createdAt: revision.createdAt.toISOString(),
          })),
      dismissals: !options.withHistory
        ? undefined
        : dismissals.map(({ dismissedAt, dismissedBy, importedBy, ...dismissal }): DismissalRecord => ({
            ...dismissal,
            by: dismissedBy ?? ((importedBy as DismissalRecord["by"]) || null),
            at: dismissedAt.toISOString(),
          })),
    })),
  };
}
