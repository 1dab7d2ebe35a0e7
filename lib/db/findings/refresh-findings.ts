import { runChecksCapped } from "../../checks/run";
import { hintEdges, type TextHint } from "../../import/article-draft";
import { effectiveChecks, loadCheckChoices } from "../checks/check-settings";
import type { Tx } from "../connect";
import { Prisma } from "../generated/client";
import { LIVE_SEGMENT, READING_ORDER } from "../segments/segment-row";
import { fateOfGoneFinding, removeFindings, type RefreshCause } from "./finding-fates";

/**
 * Runs every check over the article and brings its stored findings up to date. The whole
 * article is checked because a check may look past the segment (neighbours, repeated
 * headlines). A finding that still stands keeps its row and id, so screens can hold on to
 * it; a dismissal carries over while the segment's text is the one that was dismissed.
 * Checks an admin turned off do not run, and a lowered severity is the one stored. A
 * finding that goes away gets its verdict here, from what `cause` says the write did.
 */
export async function refreshFindings(tx: Tx, articleId: number, cause?: RefreshCause): Promise<void> {
  const checks = effectiveChecks(await loadCheckChoices(tx));
  const running = new Map(checks.filter((check) => check.enabled).map((check) => [check.definition.id, check]));
  const turnedOff = new Set(checks.filter((check) => !check.enabled).map((check) => check.definition.id));
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      sourceLang: true,
      targetLang: true,
      segments: {
        where: LIVE_SEGMENT,
        select: { id: true, text: true, mtText: true, hints: true, kind: true, block: true, sourceText: true },
        orderBy: READING_ORDER,
      },
    },
  });
  const { segments } = article;
  const { matches, capped } = runChecksCapped(
    segments.map(({ text, mtText, hints, kind, sourceText }) => ({
      text,
      kind,
      sourceText,
      // The hints' offsets are the machine output's; once the text changes they point nowhere.
      formattingEdges: hints !== null && text === mtText ? hintEdges(hints as unknown as TextHint[]) : undefined,
    })),
    {
      sourceLang: article.sourceLang,
      targetLang: article.targetLang,
      blocks: segments.map((segment) => segment.block),
      checks: [...running.values()].map((check) => check.definition),
    },
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
    if (textOf.get(dismissal.segmentId) === dismissal.segmentText && !activeDismissal.has(key))
      activeDismissal.set(key, dismissal.id);
  }

  const rows: Prisma.FindingCreateManyInput[] = [];
  segments.forEach((segment, index) => {
    // Page chrome never reaches an export, so nothing in it needs fixing.
    if (segment.kind === "page_chrome") return;
    for (const match of matches[index] ?? []) {
      const check = running.get(match.check);
      if (!check) throw new Error(`Unregistered check "${match.check}"`);
      rows.push({
        articleId,
        segmentId: segment.id,
        check: match.check,
        category: check.definition.category,
        severity: check.severity,
        start: match.start,
        end: match.end,
        text: segment.text.slice(match.start, match.end),
        fixes: match.fixes as unknown as Prisma.InputJsonValue,
        values: match.values ?? Prisma.DbNull,
        dismissalId: activeDismissal.get(`${segment.id}:${match.check}:${match.start}:${match.end}`) ?? null,
      });
    }
  });
  // A finding that still stands keeps its row, even when an edit elsewhere moved its offsets,
  // or a split or merge moved its text into another segment.
  type Key = (row: { segmentId: number; check: string; start: number; end: number; text: string }) => string;
  const liveIds = new Set(segments.map((segment) => segment.id));
  const changedIds = new Set(cause?.changed?.map((segment) => segment.segmentId));
  const exact: Key = (row) => `${row.segmentId}:${row.check}:${row.start}:${row.end}:${row.text}`;
  const loose: Key = (row) => `${row.segmentId}:${row.check}:${row.text}`;
  const moved: Key = (row) => `${row.check}:${row.text}`;
  const movable = (finding: { segmentId: number }) =>
    changedIds.has(finding.segmentId) || !liveIds.has(finding.segmentId);
  const stored = await tx.finding.findMany({
    where: { articleId },
    select: {
      id: true,
      segmentId: true,
      check: true,
      severity: true,
      start: true,
      end: true,
      text: true,
      fixes: true,
      values: true,
      dismissalId: true,
    },
    orderBy: { start: "asc" },
  });
  const kept = new Set<number>();
  const standing = new Map<Prisma.FindingCreateManyInput, (typeof stored)[number]>();
  for (const key of [exact, loose, moved]) {
    const available = new Map<string, (typeof stored)[number][]>();
    for (const finding of stored) {
      if (kept.has(finding.id) || (key === moved && !movable(finding))) continue;
      const same = available.get(key(finding));
      if (same) same.push(finding);
      else available.set(key(finding), [finding]);
    }
    for (const row of rows) {
      if (standing.has(row)) continue;
      const candidate = available.get(key(row))?.shift();
      if (!candidate) continue;
      standing.set(row, candidate);
      kept.add(candidate.id);
    }
  }
  const created: Prisma.FindingCreateManyInput[] = [];
  for (const row of rows) {
    const existing = standing.get(row);
    if (!existing) {
      created.push(row);
      continue;
    }
    const same =
      existing.segmentId === row.segmentId &&
      existing.severity === row.severity &&
      existing.start === row.start &&
      existing.end === row.end &&
      JSON.stringify(existing.fixes) === JSON.stringify(row.fixes) &&
      JSON.stringify(existing.values ?? null) === JSON.stringify(row.values === Prisma.DbNull ? null : row.values) &&
      existing.dismissalId === row.dismissalId;
    if (!same) {
      await tx.finding.update({
        where: { id: existing.id },
        data: {
          segmentId: row.segmentId,
          severity: row.severity,
          start: row.start,
          end: row.end,
          fixes: row.fixes,
          values: row.values,
          dismissalId: row.dismissalId,
        },
      });
    }
  }
  const live = new Map(segments.map((segment) => [segment.id, segment]));
  const before = new Map(cause?.changed?.map((segment) => [segment.segmentId, segment]));
  const removals = stored
    .filter((finding) => !kept.has(finding.id))
    .map((finding) => {
      const fate = fateOfGoneFinding(
        finding,
        { segment: live.get(finding.segmentId), checkEnabled: !turnedOff.has(finding.check) },
        cause,
        before.get(finding.segmentId),
      );
      // Past the article's cap a finding may just not have been looked for: no one judged it, nor did the check.
      return { id: finding.id, fate: capped && fate?.fate === "stale" && fate.staleCause === "unfound" ? null : fate };
    });
  await removeFindings(tx, removals, cause?.actorId ?? null);
  if (created.length > 0) await insertFindings(tx, created);
}

/**
 * Inserts findings in one statement whose parameters are one array per column: Prisma's
 * createMany spends about half a millisecond of CPU per row, which a large import felt.
 */
async function insertFindings(tx: Tx, rows: readonly Prisma.FindingCreateManyInput[]): Promise<void> {
  const column = <T>(value: (row: Prisma.FindingCreateManyInput) => T): T[] => rows.map(value);
  // Prisma writes timestamps in UTC into these columns without a time zone; so does this.
  await tx.$executeRaw`
    INSERT INTO findings (article_id, segment_id, "check", category, severity, start, "end", text, fixes, "values", dismissal_id, created_at)
    SELECT article_id, segment_id, "check", category, severity, start, "end", text, fixes, "values", dismissal_id, now() AT TIME ZONE 'UTC'
    FROM unnest(
      ${column((row) => row.articleId)}::int[], ${column((row) => row.segmentId)}::int[], ${column((row) => row.check)}::text[],
      ${column((row) => row.category)}::text[], ${column((row) => row.severity)}::"Severity"[], ${column((row) => row.start)}::int[],
      ${column((row) => row.end)}::int[], ${column((row) => row.text)}::text[], ${column((row) => JSON.stringify(row.fixes))}::jsonb[],
      ${column((row) => (row.values === Prisma.DbNull || row.values === undefined ? null : JSON.stringify(row.values)))}::jsonb[],
      ${column((row) => row.dismissalId ?? null)}::int[]
    ) AS row(article_id, segment_id, "check", category, severity, start, "end", text, fixes, "values", dismissal_id)`;
}
