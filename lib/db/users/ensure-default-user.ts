import type { Db } from "../connect";

export const DEFAULT_USER_EMAIL = "demo@galley.local";

/** The single user that exists until sign-in lands; every change is recorded as theirs. */
export async function ensureDefaultUser(db: Db) {
  return db.user.upsert({
    where: { email: DEFAULT_USER_EMAIL },
    update: {},
    create: { email: DEFAULT_USER_EMAIL, name: "Galley Demo", role: "admin" },
    select: { id: true, name: true, role: true },
  });
}
