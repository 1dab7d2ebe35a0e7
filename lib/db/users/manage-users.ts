import type { Role } from "../../auth/permissions";
import { fail, ok, type Failure, type Result } from "../../result";
import { recordEvent } from "../audit/record-event";
import type { Tx } from "../connect";

/** Refuses to leave Galley without an active admin. */
export async function keepsAnAdmin(tx: Tx, userId: number): Promise<Result<true, Failure<"lastAdmin">>> {
  const others = await tx.user.count({
    where: { role: "admin", deactivatedAt: null, passwordHash: { not: null }, id: { not: userId } },
  });
  return others > 0 ? ok(true) : fail("lastAdmin");
}

export async function recordRoleChange(
  tx: Tx,
  actorId: number,
  userId: number,
  before: Role,
  after: Role,
): Promise<void> {
  await recordEvent(tx, { actorId, action: "user.role", targetUserId: userId, details: { before, after } });
}
