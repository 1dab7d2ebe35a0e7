import "server-only";
import type { z } from "zod";
import type { Action } from "@/lib/auth/permissions";
import { permitSegment } from "@/lib/db/articles/article-access";
import type { Db } from "@/lib/db/connect";
import type { SegmentRow } from "@/lib/db/segments/segment-row";
import type { ErrorCode, Failure } from "@/lib/result";
import { failureResponse } from "../../error-response";
import { apiRoute } from "./api-route";
import { parseId, parseJsonBody } from "./request-input";
import { segmentWriteResponse } from "./responses";

type SegmentWrite<B> = (
  db: Db,
  input: B & { segmentId: number },
  actorId: number,
) => Promise<{ ok: true; value: SegmentRow } | Failure<ErrorCode, unknown>>;

/**
 * A route that changes one segment: the path's id, the caller's permission for `action`
 * on its article, a JSON body checked by `schema`, then the write; a stale version is 409.
 */
export function segmentWriteRoute<S extends z.ZodType<object>>(
  action: Action,
  schema: S,
  write: SegmentWrite<z.output<S>>,
) {
  return apiRoute<{ id: string }>(async ({ request, db, user, params }) => {
    const id = parseId(params);
    if (!id.ok) return failureResponse(request, id);
    const permitted = await permitSegment(db, user, id.value, action);
    if (!permitted.ok) return failureResponse(request, permitted);
    const body = await parseJsonBody(request, schema);
    if (!body.ok) return failureResponse(request, body);
    return segmentWriteResponse(request, await write(db, { ...body.value, segmentId: id.value }, user.id));
  });
}
