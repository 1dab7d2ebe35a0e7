import { hasApprovedText, type ExportScope } from "../../export/article-content";
import { EXPORT_FORMATS, exportFileName, type ExportFormatName } from "../../export/export-formats";
import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";
import { getArticleContent } from "./get-article-content";

export interface ExportedFile {
  body: string;
  contentType: string;
  fileName: string;
}

export type ExportFailure = Failure<"articleNotFound"> | Failure<"nothingApproved">;

/**
 * Renders a stored article in one format. An "approved only" export of an article with
 * nothing approved is refused rather than written as an empty file. Callers check permission first.
 */
export async function exportArticle(
  db: Db,
  articleId: number,
  options: { format: ExportFormatName; scope?: ExportScope },
): Promise<Result<ExportedFile, ExportFailure>> {
  const format = EXPORT_FORMATS[options.format];
  const scope = options.scope ?? "all";
  const content = await getArticleContent(db, articleId, { withHistory: format.withHistory });
  if (!content) return fail("articleNotFound");
  if (format.scoped && scope === "approved" && !hasApprovedText(content, format.forReaders))
    return fail("nothingApproved");
  return ok({
    body: format.render(content, { scope }),
    contentType: format.contentType,
    fileName: exportFileName(content.title, format.extension, format.scoped ? scope : undefined),
  });
}
