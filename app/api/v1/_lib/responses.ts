import "server-only";
import { segmentDto } from "@/lib/api/dto";
import type { SegmentRow } from "@/lib/db/segments/segment-row";
import type { ErrorCode, Failure } from "@/lib/result";
import { errorResponse, failureResponse } from "../../error-response";

/** A stale version: the error, plus the segment as it is now so that the client can retry. */
async function conflictResponse(request: Request, current: SegmentRow): Promise<Response> {
  const response = await errorResponse(request, "conflict");
  const body = (await response.json()) as Record<string, unknown>;
  return Response.json({ ...body, segment: segmentDto(current) }, { status: response.status });
}

/** The response to a segment write's result. */
export async function segmentWriteResponse(
  request: Request,
  result: { ok: true; value: SegmentRow } | Failure<ErrorCode, unknown>,
): Promise<Response> {
  if (result.ok) return Response.json(segmentDto(result.value));
  if (result.code === "conflict") return conflictResponse(request, (result.details as { current: SegmentRow }).current);
  return failureResponse(request, result);
}
