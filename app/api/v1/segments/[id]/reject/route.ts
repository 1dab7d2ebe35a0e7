import { rejectSegmentBodySchema } from "@/lib/api/schemas";
import { rejectSegment } from "@/lib/db/segments/reject-segment";
import { segmentWriteRoute } from "../../../_lib/segment-write-route";

export const dynamic = "force-dynamic";

export const POST = segmentWriteRoute("segment.review", rejectSegmentBodySchema, rejectSegment);
