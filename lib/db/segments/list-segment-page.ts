import type { Db } from "../connect";
import { findingRowSelect, toFindingRow, type FindingRow } from "../findings/finding-row";
import type { Prisma } from "../generated/client";
import { LIVE_SEGMENT, READING_ORDER, segmentRowSelect, type SegmentRow } from "./segment-row";
import { fail, ok, type Failure, type Result } from "../../result";
import type { SegmentKind, SegmentStatus } from "../../segmentation/kinds";

export interface SegmentFilters {
  status?: readonly SegmentStatus[];
  kind?: readonly SegmentKind[];
  q?: string;
  hasFindings?: boolean;
  cursor?: string;
  limit: number;
}

interface Position {
  position: number;
  id: number;
}

// The cursor is the reading-order key of the last segment of a page, opaque to clients.
function encodeCursor({ position, id }: Position): string {
  return Buffer.from(`${position}:${id}`).toString("base64url");
}

// Both halves are integer columns; a forged cursor past their range would fail the query.
const INT_RANGE = 2 ** 31;

function decodeCursor(cursor: string): Position | null {
  const match = /^(-?\d{1,10}):(\d{1,10})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) return null;
  const position = Number(match[1]);
  const id = Number(match[2]);
  return position >= -INT_RANGE && position < INT_RANGE && id < INT_RANGE ? { position, id } : null;
}

/**
 * One page of an article's live segments in reading order, filtered, each with its open findings. Callers
 * check permission first.
 */
export async function listSegmentPage(
  db: Db,
  articleId: number,
  filters: SegmentFilters,
): Promise<
  Result<{ segments: (SegmentRow & { findings: FindingRow[] })[]; nextCursor: string | null }, Failure<"invalidInput">>
> {
  const after = filters.cursor === undefined ? undefined : decodeCursor(filters.cursor);
  if (after === null) return fail("invalidInput");
  const openFindings = { some: { dismissalId: null } } satisfies Prisma.FindingListRelationFilter;
  const where: Prisma.SegmentWhereInput = {
    articleId,
    ...LIVE_SEGMENT,
    ...(filters.status?.length ? { status: { in: [...filters.status] } } : {}),
    ...(filters.kind?.length ? { kind: { in: [...filters.kind] } } : {}),
    ...(filters.hasFindings === undefined
      ? {}
      : filters.hasFindings
        ? { findings: openFindings }
        : { NOT: { findings: openFindings } }),
    AND: [
      filters.q
        ? {
            OR: (["text", "mtText", "sourceText"] as const).map((field) => ({
              [field]: { contains: filters.q, mode: "insensitive" },
            })),
          }
        : {},
      after ? { OR: [{ position: { gt: after.position } }, { position: after.position, id: { gt: after.id } }] } : {},
    ],
  };
  const rows = await db.segment.findMany({
    where,
    orderBy: READING_ORDER,
    take: filters.limit + 1,
    select: segmentRowSelect,
  });
  const segments = rows.slice(0, filters.limit);
  const last = segments.at(-1);
  const findings = await db.finding.findMany({
    where: { segmentId: { in: segments.map((segment) => segment.id) }, dismissalId: null },
    select: findingRowSelect,
    orderBy: [{ start: "asc" }, { id: "asc" }],
  });
  // Two reads: an edit saved in between leaves findings whose offsets are the new text's; they are left out.
  const textOf = new Map(segments.map((segment) => [segment.id, segment.text]));
  const findingsOf = new Map<number, FindingRow[]>();
  for (const finding of findings.map(toFindingRow)) {
    if (textOf.get(finding.segmentId)?.slice(finding.start, finding.end) !== finding.text) continue;
    findingsOf.set(finding.segmentId, [...(findingsOf.get(finding.segmentId) ?? []), finding]);
  }
  return ok({
    segments: segments.map((segment) => ({ ...segment, findings: findingsOf.get(segment.id) ?? [] })),
    nextCursor: rows.length > filters.limit && last ? encodeCursor(last) : null,
  });
}
