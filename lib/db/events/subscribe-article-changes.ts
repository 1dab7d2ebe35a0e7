import { getDatabase } from "../client";
import { ARTICLE_CHANNEL, parseArticleChange, type ArticleChange } from "./article-change";

type Listener = (change: ArticleChange) => void;

interface Hub {
  listeners: Set<Listener>;
  listening?: Promise<unknown>;
}

const holder = globalThis as typeof globalThis & { galleyArticleHub?: Hub };

/**
 * Calls `listener` for every change any app server announces. One LISTEN per process
 * feeds every open browser connection of that process.
 */
export async function subscribeToArticleChanges(listener: Listener): Promise<() => void> {
  const hub = (holder.galleyArticleHub ??= { listeners: new Set() });
  hub.listening ??= getDatabase().then((database) =>
    database.listen(ARTICLE_CHANNEL, (payload) => {
      const change = parseArticleChange(payload);
      if (change) for (const each of hub.listeners) each(change);
    }),
  );
  await hub.listening;
  hub.listeners.add(listener);
  return () => {
    hub.listeners.delete(listener);
  };
}
