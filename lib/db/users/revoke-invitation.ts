import { fail, ok, type Failure, type Result } from "../../result";
import { recordEvent } from "../audit/record-event";
import type { Db } from "../connect";

/** Withdraws an invitation no one has accepted yet, so that its link stops working; recorded in the activity log. */
export async function revokeInvitation(
  db: Db,
  invitationId: string,
  actorId: number,
): Promise<Result<null, Failure<"invitationGone">>> {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: invitationId },
      select: { email: true, name: true, role: true },
    });
    // Deleted only while still unaccepted, so that an acceptance or a second withdrawal in between wins cleanly.
    const { count } = await tx.invitation.deleteMany({ where: { tokenHash: invitationId, acceptedAt: null } });
    if (!invitation || count === 0) return fail("invitationGone");
    const { email, name, role } = invitation;
    await recordEvent(tx, { actorId, action: "user.uninvite", details: { email, name, role } });
    return ok(null);
  });
}
