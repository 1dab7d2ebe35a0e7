import { articleDto } from "@/lib/api/dto";
import { getArticleOverview } from "@/lib/db/articles/get-article-overview";
import { permitArticle } from "@/lib/db/articles/article-access";
import { errorResponse, failureResponse } from "../../../error-response";
import { apiRoute } from "../../_lib/api-route";
import { parseId } from "../../_lib/request-input";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async ({ request, db, user, params }) => {
  const id = parseId(params);
  if (!id.ok) return failureResponse(request, id);
  const permitted = await permitArticle(db, user, id.value, "article.read");
  if (!permitted.ok) return failureResponse(request, permitted);
  const article = await getArticleOverview(db, id.value);
  return article ? Response.json(articleDto(article)) : errorResponse(request, "articleNotFound");
});
