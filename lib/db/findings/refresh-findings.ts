import { findCheck } from "../../checks/registry";
import { runChecks } from "../../checks/run";
import type { Tx } from "../connect";
import type { Prisma } from "../generated/client";
import { LIVE_SEGMENT, READING_ORDER } from "../segments/segment-row";

/**
 * Runs every check over the article and replaces its stored findings. The whole article
 * is checked because a check may look past the segment (neighbours, repeated headlines).
 * A dismissal carries over while the segment's text is the one that was dismissed.
 */
export async function refreshFindings(tx: Tx, articleId: number): Promise<void> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      sourceLang: true,
      targetLang: true,
      segments: { where: LIVE_SEGMENT, select: { id: true, text: true, kind: true, block: true, sourceText: true }, orderBy: READING_ORDER },
    },
  });
  const { segments } = article;
  const matches = runChecks(
    segments.map(({ text, kind, sourceText }) => ({ text, kind, sourceText })),
    { sourceLang: article.sourceLang, targetLang: article.targetLang, blocks: segments.map((segment) => segment.block) },
  );
  const dismissals = await tx.findingDismissal.findMany({
    where: { segment: { articleId } },
    select: { id: true, segmentId: true, check: true, start: true, end: true, segmentText: true },
    orderBy: { id: "desc" },
  });
  const textOf = new Map(segments.map((segment) => [segment.id, segment.text]));
  const activeDismissal = new Map<string, number>();
  for (const dismissal of dismissals) {
    const key = `${dismissal.segmentId}:${dismissal.check}:${dismissal.start}:${dismissal.end}`;
    if (textOf.get(dismissal.segmentId) === dismissal.segmentText && !activeDismissal.has(key)) activeDismissal.set(key, dismissal.id);
  }

  const rows: Prisma.FindingCreateManyInput[] = [];
  segments.forEach((segment, index) => {
    // Page chrome never reaches an export, so nothing in it needs fixing.
    if (segment.kind === "page_chrome") return;
    for (const match of matches[index] ?? []) {
      const check = findCheck(match.check);
      if (!check) throw new Error(`Unregistered check "${match.check}"`);
      rows.push({
        articleId,
        segmentId: segment.id,
        check: match.check,
        category: check.category,
        severity: check.severity,
        start: match.start,
        end: match.end,
        text: segment.text.slice(match.start, match.end),
        fixes: match.fixes as unknown as Prisma.InputJsonValue,
        values: match.values,
        dismissalId: activeDismissal.get(`${segment.id}:${match.check}:${match.start}:${match.end}`) ?? null,
      });
    }
  });
  await tx.finding.deleteMany({ where: { articleId } });
  if (rows.length > 0) await tx.finding.createMany({ data: rows });
}
