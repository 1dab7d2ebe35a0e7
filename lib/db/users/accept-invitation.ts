import { checkPassword, hashPassword, type PasswordFailure } from "../../auth/passwords";
import { hashToken } from "../../auth/tokens";
import { fail, ok, type Failure, type Result } from "../../result";
import { recordEvent } from "../audit/record-event";
import type { Db } from "../connect";

export interface InvitationView {
  email: string;
  name: string;
  role: string;
}

/** The invitation behind a link, while it is still good. */
export async function findInvitation(db: Db, token: string, now = new Date()): Promise<InvitationView | null> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, name: true, role: true, expiresAt: true, acceptedAt: true },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now) return null;
  return { email: invitation.email, name: invitation.name, role: invitation.role };
}

/** Turns an invitation into an account with the password the person chose. */
export async function acceptInvitation(
  db: Db,
  input: { token: string; name: string; password: string },
  now = new Date(),
): Promise<Result<{ userId: number }, PasswordFailure | Failure<"invitationInvalid"> | Failure<"emailTaken">>> {
  const password = checkPassword(input.password);
  if (!password.ok) return password;
  const passwordHash = await hashPassword(password.value);
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { tokenHash: hashToken(input.token), acceptedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (count === 0) return fail("invitationInvalid");
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(input.token) } });
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } }))
      return fail("emailTaken");
    const user = await tx.user.create({
      data: {
        email: invitation.email,
        name: input.name.trim() || invitation.name,
        role: invitation.role,
        passwordHash,
      },
      select: { id: true },
    });
    await recordEvent(tx, {
      actorId: user.id,
      action: "user.join",
      targetUserId: user.id,
      details: { invitedById: invitation.invitedById },
    });
    return ok({ userId: user.id });
  });
}
