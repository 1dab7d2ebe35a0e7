import { randomBytes } from "node:crypto";
import { hashPassword } from "../../auth/passwords";
import type { Role } from "../../auth/permissions";
import type { Db } from "../connect";

export const DEMO_USERS: readonly { name: string; email: string; role: Role }[] = [
  { name: "Ada Admin", email: "admin@galley.local", role: "admin" },
  { name: "Eli Editor", email: "editor@galley.local", role: "editor" },
  { name: "Tess Translator", email: "translator@galley.local", role: "translator" },
];

export interface DemoCredentials {
  email: string;
  role: Role;
  password: string;
}

/**
 * On the embedded default only: an admin, an editor and a translator, each with a random
 * password (or `password`, for tests), returned so that `npm start` can print them once.
 * Returns nothing when anyone can already sign in.
 */
export async function createDemoUsers(db: Db, password?: string): Promise<DemoCredentials[]> {
  if ((await db.user.count({ where: { passwordHash: { not: null } } })) > 0) return [];
  const created: DemoCredentials[] = [];
  for (const demo of DEMO_USERS) {
    const secret = password ?? randomBytes(9).toString("base64url");
    const passwordHash = await hashPassword(secret);
    await db.user.upsert({
      where: { email: demo.email },
      update: { passwordHash, role: demo.role, deactivatedAt: null },
      create: { ...demo, passwordHash },
    });
    created.push({ email: demo.email, role: demo.role, password: secret });
  }
  return created;
}
