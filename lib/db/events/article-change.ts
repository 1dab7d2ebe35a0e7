import type { Tx } from "../connect";

/** The Postgres channel every app server listens on, so that each browser sees the others' work. */
export const ARTICLE_CHANNEL = "galley_article_changes";

export interface ArticleChange {
  articleId: number;
  /** The segments whose text, status, kind or findings changed; empty means "reload everything". */
  segmentIds: number[];
  /** Segments were added, merged away or reordered. */
  structural: boolean;
}

// NOTIFY payloads must stay under 8000 bytes; past this many ids, clients reload the article.
const MAX_IDS = 500;

/** Tells every listening app server, once the transaction commits, what changed. */
export async function announceChange(tx: Tx, change: ArticleChange): Promise<void> {
  const payload: ArticleChange =
    change.segmentIds.length > MAX_IDS ? { ...change, segmentIds: [], structural: true } : change;
  await tx.$executeRaw`SELECT pg_notify(${ARTICLE_CHANNEL}, ${JSON.stringify(payload)})`;
}

export function parseArticleChange(payload: string): ArticleChange | null {
  try {
    const value = JSON.parse(payload) as Partial<ArticleChange>;
    if (typeof value.articleId !== "number" || !Array.isArray(value.segmentIds)) return null;
    return {
      articleId: value.articleId,
      segmentIds: value.segmentIds.filter((id) => typeof id === "number"),
      structural: Boolean(value.structural),
    };
  } catch {
    return null;
  }
}
