import type { Db } from "../connect";
import { refreshFindings } from "./refresh-findings";

const CHECKS_VERSION_KEY = "checks-version";

/**
 * Re-runs the checks over every article when the checks themselves changed since they
 * last ran (`version` identifies the checks' code). Returns how many articles it checked.
 */
export async function recheckArticlesIfChanged(db: Db, version: string): Promise<number> {
  const stored = await db.appSetting.findUnique({ where: { key: CHECKS_VERSION_KEY } });
  if (stored?.value === version) return 0;
  const articles = await db.article.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  for (const { id } of articles) await db.$transaction((tx) => refreshFindings(tx, id));
  await db.appSetting.upsert({ where: { key: CHECKS_VERSION_KEY }, update: { value: version }, create: { key: CHECKS_VERSION_KEY, value: version } });
  return articles.length;
}
