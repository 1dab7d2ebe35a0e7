import { fail, ok, type Failure, type Result } from "../../result";
import { recordEvent } from "../audit/record-event";
import type { Db } from "../connect";
import { keepsAnAdmin } from "./manage-users";

/** Deactivating ends every session of the user at once; reactivating lets them sign in again. */
export async function setUserActive(
  db: Db,
  input: { userId: number; active: boolean },
  actorId: number,
): Promise<Result<{ active: boolean }, Failure<"userNotFound"> | Failure<"lastAdmin">>> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true, deactivatedAt: true } });
    if (!user) return fail("userNotFound");
    if (input.active === (user.deactivatedAt === null)) return ok({ active: input.active });
    if (!input.active && user.role === "admin") {
      const guard = await keepsAnAdmin(tx, input.userId);
      if (!guard.ok) return guard;
    }
    await tx.user.update({ where: { id: input.userId }, data: { deactivatedAt: input.active ? null : new Date() } });
    if (!input.active) await tx.session.deleteMany({ where: { userId: input.userId } });
    await recordEvent(tx, {
      actorId,
      action: input.active ? "user.reactivate" : "user.deactivate",
      targetUserId: input.userId,
    });
    return ok({ active: input.active });
  });
}
