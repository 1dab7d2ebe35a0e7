"use client";

import { useEffect, useEffectEvent } from "react";
import type { ArticleChange } from "@/lib/db/events/article-change";

// Changes that arrive close together are fetched in one go.
const BATCH_MS = 150;

/** Calls `onChanges` with what other people changed in the article, as the server announces it. */
export function useArticleEvents(articleId: number, onChanges: (change: ArticleChange) => void) {
  // The connection stays open across renders; the newest callback receives what arrives.
  const deliver = useEffectEvent(onChanges);
  useEffect(() => {
    const source = new EventSource(`/api/articles/${articleId}/events`);
    let pending: ArticleChange | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    source.onmessage = (event: MessageEvent<string>) => {
      const change = JSON.parse(event.data) as ArticleChange;
      pending = pending
        ? {
            articleId,
            segmentIds: [...new Set([...pending.segmentIds, ...change.segmentIds])],
            structural: pending.structural || change.structural || change.segmentIds.length === 0,
          }
        : change;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (pending) deliver(pending);
        pending = null;
      }, BATCH_MS);
    };
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [articleId]);
}
