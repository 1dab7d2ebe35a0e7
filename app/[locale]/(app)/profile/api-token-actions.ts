"use server";

import { z } from "zod";
import { recordIdSchema } from "@/lib/api/schemas";
import { wellFormedString } from "@/lib/text/well-formed";
import { MAX_TOKEN_NAME_LENGTH } from "@/lib/db/tokens/api-token-row";
import { createApiToken } from "@/lib/db/tokens/create-api-token";
import { listApiTokens } from "@/lib/db/tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/db/tokens/revoke-api-token";
import { runAction } from "@/lib/session/run-action";
import { ok } from "@/lib/result";

/** Issues a token for the signed-in person; the secret comes back this once, with the updated list. */
export async function createApiTokenAction(input: { name: string }) {
  return runAction(
    z.object({ name: wellFormedString().trim().min(1).max(MAX_TOKEN_NAME_LENGTH) }),
    input,
    async ({ name }, { db, user }) => {
      const created = await createApiToken(db, user.id, name);
      if (!created.ok) return created;
      return ok({
        secret: created.value.secret,
        name: created.value.token.name,
        tokens: await listApiTokens(db, user.id),
      });
    },
  );
}

/** Revokes one of the signed-in person's own tokens. */
export async function revokeApiTokenAction(input: { tokenId: number }) {
  return runAction(z.object({ tokenId: recordIdSchema }), input, async ({ tokenId }, { db, user }) => {
    const revoked = await revokeApiToken(db, user.id, tokenId);
    if (!revoked.ok) return revoked;
    return ok({ tokens: await listApiTokens(db, user.id) });
  });
}
