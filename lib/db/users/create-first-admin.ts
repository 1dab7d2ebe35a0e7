import { checkPassword, hashPassword, type PasswordFailure } from "../../auth/passwords";
import { fail, ok, type Failure, type Result } from "../../result";
import type { Db } from "../connect";

export interface FirstAdminInput {
  name: string;
  email: string;
  password: string;
}

/** On a server database, the first visit creates the admin; once anyone can sign in, never again. */
export async function createFirstAdmin(
  db: Db,
  input: FirstAdminInput,
): Promise<Result<{ userId: number }, PasswordFailure | Failure<"setupDone">>> {
  const password = checkPassword(input.password);
  if (!password.ok) return password;
  const passwordHash = await hashPassword(password.value);
  return db.$transaction(async (tx) => {
    // Serialises two first visits racing on different app servers.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(4242)`;
    if ((await tx.user.count({ where: { passwordHash: { not: null } } })) > 0) return fail("setupDone");
    const user = await tx.user.upsert({
      where: { email: input.email.trim().toLowerCase() },
      update: { name: input.name.trim(), role: "admin", passwordHash, deactivatedAt: null },
      create: { name: input.name.trim(), email: input.email.trim().toLowerCase(), role: "admin", passwordHash },
      select: { id: true },
    });
    return ok({ userId: user.id });
  });
}

/** Whether Galley still waits for its first admin. */
export async function needsFirstAdmin(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { passwordHash: { not: null } } })) === 0;
}
