import { wasImportDeleted } from "./articles/deleted-imports";
import { DEMO_IMPORT_KEY, importDemoArticle } from "./articles/import-demo-article";
import type { Db } from "./connect";
import { createDemoUsers, DEMO_USERS, type DemoCredentials } from "./users/demo-users";

export interface SeedOptions {
  /** Demo accounts exist only on the embedded default; a server database asks for its admin instead. */
  demoUsers: boolean;
  /** A fixed password for the demo accounts (tests); random when absent. */
  demoPassword?: string;
}

export interface SeedReport {
  /** Null when an admin deleted the demo article: it is not brought back. */
  articleId: number | null;
  articleCreated: boolean;
  /** The demo accounts created now, with their passwords: shown once, never again. */
  credentials: DemoCredentials[];
}

/** What a first run needs: the demo article, and on the embedded default the demo accounts. Safe to run again. */
export async function seedDemo(db: Db, options: SeedOptions): Promise<SeedReport> {
  const credentials = options.demoUsers ? await createDemoUsers(db, options.demoPassword) : [];
  const admin = await db.user.findFirst({
    where: { role: "admin", passwordHash: { not: null } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (await wasImportDeleted(db, DEMO_IMPORT_KEY)) return { articleId: null, articleCreated: false, credentials };
  const demo = await importDemoArticle(db, admin?.id ?? null);
  if (credentials.length > 0) {
    const people = await db.user.findMany({
      where: { email: { in: DEMO_USERS.filter((user) => user.role !== "admin").map((user) => user.email) } },
      select: { id: true },
    });
    await db.articleAssignment.createMany({
      data: people.map((person) => ({ articleId: demo.id, userId: person.id })),
      skipDuplicates: true,
    });
  }
  return { articleId: demo.id, articleCreated: demo.created, credentials };
}
