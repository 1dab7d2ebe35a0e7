import type { Role } from "../../auth/permissions";
import type { Db } from "../connect";

export interface PendingInvitation {
  /** The hash of the invitation's token: names it without giving away the link. */
  id: string;
  name: string;
  email: string;
  role: Role;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** Invitations not yet accepted and not yet expired, newest first. */
export async function listPendingInvitations(db: Db, now = new Date()): Promise<PendingInvitation[]> {
  const rows = await db.invitation.findMany({
    where: { acceptedAt: null, expiresAt: { gt: now } },
    select: {
      tokenHash: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      invitedBy: { select: { name: true } },
    },
    orderBy: { createdAt: "desc" },
  });
  return rows.map(({ tokenHash, invitedBy, ...row }) => ({
    id: tokenHash,
    invitedBy: invitedBy?.name ?? null,
    ...row,
  }));
}
