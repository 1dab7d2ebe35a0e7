import { approveSegmentBodySchema } from "@/lib/api/schemas";
import { approveSegment } from "@/lib/db/segments/approve-segment";
import { segmentWriteRoute } from "../../../_lib/segment-write-route";

export const dynamic = "force-dynamic";

export const POST = segmentWriteRoute("segment.review", approveSegmentBodySchema, approveSegment);
