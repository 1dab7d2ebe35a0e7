import type { MessagePort } from "node:worker_threads";
import type { ArticleDraft } from "./article-draft";
import type { ImportResult } from "./import-failure";
import { readArticleFile, type ArticleFile } from "./import-file";

export interface ReadArticleFileTask {
  file: ArticleFile;
  /** Told when the thread starts on the file, so that time spent waiting in the queue is not counted against it. */
  started: MessagePort;
}

/** What a thread of the import pool runs: `readArticleFile`, announced as it starts. */
export function readArticleFileTask({ file, started }: ReadArticleFileTask): ImportResult<ArticleDraft> {
  started.postMessage("started");
  started.close();
  return readArticleFile(file);
}
