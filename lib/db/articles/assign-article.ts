import { recordEvent } from "../audit/record-event";
import type { Db } from "../connect";

/** Sets who is assigned to an article; the change is recorded. */
export async function assignArticle(
  db: Db,
  input: { articleId: number; userIds: number[] },
  actorId: number,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = (
      await tx.articleAssignment.findMany({ where: { articleId: input.articleId }, select: { userId: true } })
    ).map((row) => row.userId);
    const wanted = [...new Set(input.userIds)];
    await tx.articleAssignment.deleteMany({ where: { articleId: input.articleId, userId: { notIn: wanted } } });
    await tx.articleAssignment.createMany({
      data: wanted.filter((id) => !before.includes(id)).map((userId) => ({ articleId: input.articleId, userId })),
      skipDuplicates: true,
    });
    await recordEvent(tx, {
      actorId,
      action: "article.assign",
      articleId: input.articleId,
      details: { before, after: wanted },
    });
  });
}

/** Who is assigned to an article, and everyone who could be. */
export async function listAssignments(db: Db, articleId: number) {
  const [assigned, people] = await Promise.all([
    db.articleAssignment.findMany({ where: { articleId }, select: { userId: true } }),
    db.user.findMany({
      where: { deactivatedAt: null, passwordHash: { not: null } },
      select: { id: true, name: true, role: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const ids = new Set(assigned.map((row) => row.userId));
  return people.map((person) => ({ ...person, assigned: ids.has(person.id) }));
}
