import type { Db, Tx } from "../connect";
import { findingRowSelect, toFindingRow, type FindingRow } from "./finding-row";

/** Every finding of an article, dismissed ones included, in reading order. */
export async function listFindings(db: Db | Tx, articleId: number): Promise<FindingRow[]> {
  const findings = await db.finding.findMany({
    where: { articleId },
    select: findingRowSelect,
    orderBy: [{ segment: { position: "asc" } }, { start: "asc" }, { id: "asc" }],
  });
  return findings.map(toFindingRow);
}
