import { listedSegmentDto } from "@/lib/api/dto";
import { listSegmentPage } from "@/lib/db/segments/list-segment-page";
import { segmentQuerySchema } from "@/lib/api/schemas";
import { permitArticle } from "@/lib/db/articles/article-access";
import { failureResponse } from "../../../../error-response";
import { apiRoute } from "../../../_lib/api-route";
import { parseId, parseQuery } from "../../../_lib/request-input";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async ({ request, db, user, params }) => {
  const id = parseId(params);
  if (!id.ok) return failureResponse(request, id);
  const query = parseQuery(request, segmentQuerySchema);
  if (!query.ok) return failureResponse(request, query);
  const permitted = await permitArticle(db, user, id.value, "article.read");
  if (!permitted.ok) return failureResponse(request, permitted);
  const { hasFindings, ...filters } = query.value;
  const page = await listSegmentPage(db, id.value, {
    ...filters,
    hasFindings: hasFindings === undefined ? undefined : hasFindings === "true",
  });
  if (!page.ok) return failureResponse(request, page);
  return Response.json({
    segments: page.value.segments.map(({ findings, ...segment }) => listedSegmentDto(segment, findings)),
    nextCursor: page.value.nextCursor,
  });
});
