import type { Db, Tx } from "../connect";

// An article imported under a key (the demo article) and then deleted leaves this behind,
// so that the next `npm start` does not bring back what an admin removed.
const PREFIX = "deleted-import:";

export async function markImportDeleted(tx: Tx, importKey: string, at = new Date()): Promise<void> {
  const key = `${PREFIX}${importKey}`;
  await tx.appSetting.upsert({
    where: { key },
    update: { value: at.toISOString() },
    create: { key, value: at.toISOString() },
  });
}

export async function wasImportDeleted(db: Db | Tx, importKey: string): Promise<boolean> {
  return (await db.appSetting.findUnique({ where: { key: `${PREFIX}${importKey}` }, select: { key: true } })) !== null;
}
