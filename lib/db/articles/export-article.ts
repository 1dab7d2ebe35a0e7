import type { ExportScope } from "../../export/article-content";
import { EXPORT_FORMATS, exportFileName, type ExportFormatName } from "../../export/export-formats";
import type { Db } from "../connect";
import { getArticleContent } from "./get-article-content";

export interface ExportedFile {
  body: string;
  contentType: string;
  fileName: string;
}

/** Renders a stored article in one format, or null when there is no such article. Callers check permission first. */
export async function exportArticle(
  db: Db,
  articleId: number,
  options: { format: ExportFormatName; scope?: ExportScope },
): Promise<ExportedFile | null> {
  const format = EXPORT_FORMATS[options.format];
  const content = await getArticleContent(db, articleId, { withHistory: format.withHistory });
  if (!content) return null;
  return {
    body: format.render(content, { scope: options.scope ?? "all" }),
    contentType: format.contentType,
    fileName: exportFileName(content.title, format.extension),
  };
}
