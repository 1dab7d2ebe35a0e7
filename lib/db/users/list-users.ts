import type { Db } from "../connect";

/** Everyone, for the admin's user list: active first, then by name. */
export async function listUsers(db: Db) {
  const users = await db.user.findMany({
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      deactivatedAt: true,
      createdAt: true,
      passwordHash: true,
      _count: { select: { sessions: true, assignments: true } },
    },
    orderBy: [{ deactivatedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
  return users.map(({ passwordHash, _count, ...user }) => ({
    ...user,
    canSignIn: passwordHash !== null,
    sessions: _count.sessions,
    assignments: _count.assignments,
  }));
}

export type UserListEntry = Awaited<ReturnType<typeof listUsers>>[number];
