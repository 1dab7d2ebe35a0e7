import { editSegmentBodySchema } from "@/lib/api/schemas";
import { editSegment } from "@/lib/db/segments/edit-segment";
import { segmentWriteRoute } from "../../_lib/segment-write-route";

export const dynamic = "force-dynamic";

/** Saves a segment's new text, if the caller saw its latest version. */
export const PATCH = segmentWriteRoute("segment.edit", editSegmentBodySchema, editSegment);
