import { exportQuerySchema } from "@/lib/api/schemas";
import { exportResponse } from "../../../../export-response";
import { failureResponse } from "../../../../error-response";
import { apiRoute } from "../../../_lib/api-route";
import { parseId, parseQuery } from "../../../_lib/request-input";

export const dynamic = "force-dynamic";

/** The article as a file, recorded in the activity log like a download from the app. */
export const GET = apiRoute<{ id: string }>(async ({ request, db, user, params }) => {
  const id = parseId(params);
  if (!id.ok) return failureResponse(request, id);
  const query = parseQuery(request, exportQuerySchema);
  if (!query.ok) return failureResponse(request, query);
  return exportResponse(request, db, user, id.value, query.value);
});
