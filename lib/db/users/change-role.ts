import type { Role } from "../../auth/permissions";
import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";
import { keepsAnAdmin, recordRoleChange } from "./manage-users";

export async function changeRole(
  db: Db,
  input: { userId: number; role: Role },
  actorId: number,
): Promise<Result<{ role: Role }, Failure<"userNotFound"> | Failure<"lastAdmin">>> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!user) return fail("userNotFound");
    if (user.role === input.role) return ok({ role: user.role });
    if (user.role === "admin") {
      const guard = await keepsAnAdmin(tx, input.userId);
      if (!guard.ok) return guard;
    }
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    await recordRoleChange(tx, actorId, input.userId, user.role, input.role);
    return ok({ role: input.role });
  });
}
