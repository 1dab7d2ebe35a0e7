import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";
import { apiTokenSummarySelect, type ApiTokenSummary } from "./api-token-row";

/** Revokes one of the person's own tokens; revoking it again changes nothing. */
export async function revokeApiToken(
  db: Db,
  userId: number,
  tokenId: number,
  now = new Date(),
): Promise<Result<ApiTokenSummary, Failure<"tokenNotFound">>> {
  await db.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: now } });
  const token = await db.apiToken.findFirst({ where: { id: tokenId, userId }, select: apiTokenSummarySelect });
  return token ? ok(token) : fail("tokenNotFound");
}
