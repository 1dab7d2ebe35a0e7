import type { Role } from "../../auth/permissions";
import { hashToken, newToken } from "../../auth/tokens";
import { fail, ok, type Failure, type Result } from "../../result";
import { recordEvent } from "../audit/record-event";
import type { Db } from "../connect";

export const INVITATION_DAYS = 7;

export interface InviteInput {
  email: string;
  name: string;
  role: Role;
}

/** Creates an invitation; returns the token for the link the admin passes on. */
export async function inviteUser(
  db: Db,
  input: InviteInput,
  actorId: number,
  now = new Date(),
): Promise<Result<{ token: string }, Failure<"emailTaken">>> {
  const email = input.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return fail("emailTaken");
    const token = newToken();
    await tx.invitation.create({
      data: {
        tokenHash: hashToken(token),
        email,
        name: input.name.trim(),
        role: input.role,
        invitedById: actorId,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      },
    });
    await recordEvent(tx, {
      actorId,
      action: "user.invite",
      details: { email, name: input.name.trim(), role: input.role },
    });
    return ok({ token });
  });
}
