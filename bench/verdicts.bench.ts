/**
 * What recording findings' verdicts costs, on PGlite: a bulk fix of 500 and of 5,000
 * findings (each gets its verdict in the statement that deletes it), turning a check off
 * over 5,000 findings, deleting 5,000 findings with their verdicts against a plain delete
 * of as many in the same run, and the Checks report over the verdicts that leaves.
 */
import { importArticle } from "../lib/db/articles/import-article";
import { applyCheckFixes, planArticleCheckFixes } from "../lib/db/bulk/apply-check-fixes";
import { changeCheckSetting } from "../lib/db/checks/change-check-setting";
import { getChecksReport } from "../lib/db/checks/get-checks-report";
import type { Database } from "../lib/db/connect";
import { removeFindings } from "../lib/db/findings/finding-fates";
import { parsePlainText } from "../lib/import/plain-text";
import { embeddedBenchDatabase } from "./support/databases";

const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** An article of `count` paragraphs, each with one fused word. */
async function fusedArticle(database: Database, count: number, actorId: number): Promise<number> {
  const body = Array.from(
    { length: count },
    (_, index) => `Report ${index + 1}: the war in UkraineMost of them fought near Kursk.`,
  ).join("\n\n");
  return (
    await importArticle(
      database.db,
      parsePlainText(`Bulk\n\n${count} fused words\n\n${body}`, { origin: `bench-${count}.txt`, targetLang: "en" }),
      { actorId },
    )
  ).id;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export async function run(): Promise<void> {
  const bench = embeddedBenchDatabase();
  const database = await bench.open();
  try {
    const actorId = (
      await database.db.user.create({ data: { name: "Bench", email: "bench-verdicts@example.test", role: "admin" } })
    ).id;

    const bulk: Record<number, number> = {};
    for (const size of [500, 5000]) {
      const times: number[] = [];
      for (let attempt = 0; attempt < RUNS; attempt++) {
        const articleId = await fusedArticle(database, size, actorId);
        const plans = await planArticleCheckFixes(database.db, { articleId, check: "fused-words" });
        times.push(
          await timed(() =>
            applyCheckFixes(database.db, { articleId, check: "fused-words", confirmed: plans }, actorId),
          ),
        );
      }
      bulk[size] = median(times);
      console.log(
        `bulk fix of ${size} findings, each recorded as fixed: ${bulk[size]?.toFixed(0)} ms (median of ${RUNS})`,
      );
    }
    console.log(`bulk fix, 5000 / 500 findings: ${((bulk[5000] ?? 0) / (bulk[500] ?? 1)).toFixed(1)}`);

    await database.db.article.deleteMany({});
    await fusedArticle(database, 5000, actorId);
    const off = await timed(() =>
      changeCheckSetting(database.db, { check: "fused-words", enabled: false, severity: null }, actorId),
    );
    console.log(`turning a check off over 5000 findings (each recorded as stale): ${off.toFixed(0)} ms`);
    const on = await timed(() =>
      changeCheckSetting(database.db, { check: "fused-words", enabled: true, severity: null }, actorId),
    );
    console.log(`turning it back on, checking the article's 5002 segments again: ${on.toFixed(0)} ms`);

    // The same deletion with and without verdicts, alternating, in one run.
    const withVerdicts: number[] = [];
    const plain: number[] = [];
    for (let attempt = 0; attempt < RUNS; attempt++) {
      for (const recorded of [true, false]) {
        await database.db.article.deleteMany({});
        const articleId = await fusedArticle(database, 5000, actorId);
        const ids = (await database.db.finding.findMany({ where: { articleId }, select: { id: true } })).map(
          (finding) => finding.id,
        );
        const elapsed = await timed(() =>
          database.db.$transaction(async (tx) => {
            if (recorded)
              await removeFindings(
                tx,
                ids.map((id) => ({ id, fate: { fate: "stale", staleCause: "unfound" } })),
                actorId,
              );
            else await tx.finding.deleteMany({ where: { id: { in: ids } } });
          }),
        );
        (recorded ? withVerdicts : plain).push(elapsed);
      }
    }
    console.log(
      `deleting 5000 findings with their verdicts: ${median(withVerdicts).toFixed(0)} ms; without: ${median(plain).toFixed(0)} ms; ratio ${(median(withVerdicts) / median(plain)).toFixed(1)} (median of ${RUNS})`,
    );

    const verdicts = await database.db.findingVerdict.count();
    const reports: number[] = [];
    for (let attempt = 0; attempt < RUNS; attempt++) reports.push(await timed(() => getChecksReport(database.db)));
    const report = median(reports);
    console.log(`Checks report over ${verdicts} verdicts: ${report.toFixed(0)} ms`);
  } finally {
    await database.close();
    await bench.remove();
  }
}
