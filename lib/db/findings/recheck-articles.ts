import type { Db, Tx } from "../connect";
import { announceChange } from "../events/article-change";
import { refreshFindings } from "./refresh-findings";

const CHECKS_VERSION_KEY = "checks-version";

/** Runs the checks over every article again, one transaction each; open screens reload. Returns how many. */
export async function recheckAllArticles(db: Db): Promise<number> {
  const articles = await db.article.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  for (const { id } of articles) {
    await db.$transaction(async (tx) => {
      await refreshFindings(tx, id);
      await announceChange(tx, { articleId: id, segmentIds: [], structural: false });
    });
  }
  return articles.length;
}

/**
 * Re-runs the checks over every article when the checks themselves changed since they
 * last ran (`version` identifies the checks' code). Returns how many articles it checked.
 */
export async function recheckArticlesIfChanged(db: Db, version: string): Promise<number> {
  const stored = await db.appSetting.findUnique({ where: { key: CHECKS_VERSION_KEY } });
  if (stored?.value === version) return 0;
  const checked = await recheckAllArticles(db);
  await rememberChecksVersion(db, version);
  return checked;
}

/**
 * Makes the next `npm start` check every article again, in case a recheck begun now is cut
 * short; returns the version to put back with `rememberChecksVersion` once it is done.
 */
export async function forgetChecksVersion(tx: Tx): Promise<string | null> {
  const stored = await tx.appSetting.findUnique({ where: { key: CHECKS_VERSION_KEY } });
  await tx.appSetting.deleteMany({ where: { key: CHECKS_VERSION_KEY } });
  return stored?.value ?? null;
}

export async function rememberChecksVersion(db: Db, version: string): Promise<void> {
  await db.appSetting.upsert({
    where: { key: CHECKS_VERSION_KEY },
    update: { value: version },
    create: { key: CHECKS_VERSION_KEY, value: version },
  });
}
