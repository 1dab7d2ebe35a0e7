import type { Db } from "../connect";
import { apiTokenSummarySelect, type ApiTokenSummary } from "./api-token-row";

/** The person's tokens, newest first, revoked ones included so that they can tell what stopped working. */
export function listApiTokens(db: Db, userId: number): Promise<ApiTokenSummary[]> {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: apiTokenSummarySelect,
  });
}
