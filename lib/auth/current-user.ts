import type { Db } from "../db/connect";
import { ensureDefaultUser } from "../db/users/ensure-default-user";

export type CurrentUser = Awaited<ReturnType<typeof ensureDefaultUser>>;

/** Who is asking. Until sign-in exists, that is always the default user. */
export async function getCurrentUser(db: Db): Promise<CurrentUser> {
  return ensureDefaultUser(db);
}
