import { hashToken, newToken } from "../../auth/tokens";
import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";
import {
  apiTokenSummarySelect,
  MAX_LIVE_TOKENS,
  MAX_TOKEN_NAME_LENGTH,
  TOKEN_PREFIX,
  type ApiTokenSummary,
} from "./api-token-row";

export type CreateTokenFailure = Failure<"invalidInput"> | Failure<"tooManyTokens", { max: number }>;

/** Issues a token for `userId`; the secret is returned this once, and only its hash is stored. */
export async function createApiToken(
  db: Db,
  userId: number,
  name: string,
): Promise<Result<{ secret: string; token: ApiTokenSummary }, CreateTokenFailure>> {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > MAX_TOKEN_NAME_LENGTH) return fail("invalidInput");
  const secret = TOKEN_PREFIX + newToken();
  return db.$transaction(async (tx) => {
    // Locks the owner's row, so that two creations at once can't both pass the cap.
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
    const live = await tx.apiToken.count({ where: { userId, revokedAt: null } });
    if (live >= MAX_LIVE_TOKENS) return fail("tooManyTokens", { max: MAX_LIVE_TOKENS });
    const token = await tx.apiToken.create({
      data: { userId, name: trimmed, tokenHash: hashToken(secret) },
      select: apiTokenSummarySelect,
    });
    return ok({ secret, token });
  });
}
