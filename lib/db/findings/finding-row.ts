import type { Fix } from "../../checks/types";
import type { Prisma } from "../generated/client";

export const findingRowSelect = {
  id: true,
  segmentId: true,
  check: true,
  category: true,
  severity: true,
  start: true,
  end: true,
  text: true,
  fixes: true,
  values: true,
  dismissal: {
    select: { id: true, reason: true, dismissedAt: true, dismissedBy: { select: { id: true, name: true } } },
  },
} satisfies Prisma.FindingSelect;

type StoredFinding = Prisma.FindingGetPayload<{ select: typeof findingRowSelect }>;

/** A finding as screens use it: its fixes and values typed again after their trip through JSON. */
export type FindingRow = Omit<StoredFinding, "fixes" | "values"> & {
  fixes: Fix[];
  values: Record<string, string | number> | null;
};

export function toFindingRow(stored: StoredFinding): FindingRow {
  return {
    ...stored,
    fixes: stored.fixes as unknown as Fix[],
    values: (stored.values ?? null) as Record<string, string | number> | null,
  };
}
