import { articleDto, articleSummaryDto } from "@/lib/api/dto";
import { getArticleOverview } from "@/lib/db/articles/get-article-overview";
import { can } from "@/lib/auth/permissions";
import { listArticles } from "@/lib/db/articles/list-articles";
import { errorResponse, failureResponse } from "../../error-response";
import { importFailureResponse, importRequestBody, parseImportQuery } from "../../import-request";
import { apiRoute } from "../_lib/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ db, user }) =>
  Response.json({ articles: (await listArticles(db, user)).map(articleSummaryDto) }),
);

/** Imports the body, a file of any supported format, as a new article. */
export const POST = apiRoute(async ({ request, db, user }) => {
  if (!can(user, "article.import")) return errorResponse(request, "forbidden");
  const query = parseImportQuery(request);
  if (!query.ok) return failureResponse(request, query);
  const imported = await importRequestBody(request, db, user.id, query.value);
  if (!imported.ok) return importFailureResponse(request, imported);
  const article = await getArticleOverview(db, imported.value.id);
  if (!article) return errorResponse(request, "articleNotFound");
  return Response.json(articleDto(article), { status: 201, headers: { location: `/api/v1/articles/${article.id}` } });
});
