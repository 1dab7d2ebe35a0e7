import type { MqmCategory, Severity } from "../../checks/types";
import type { Db } from "../connect";
import { DISMISSAL_REASONS, type DismissalReason } from "../findings/dismissal-reason";
import type { FindingFate } from "../generated/client";
import { effectiveChecks, loadCheckChoices } from "./check-settings";
import { wilsonInterval, type Interval } from "./wilson-interval";

/** How the findings of a check (or of all of them) fared. */
export interface VerdictFigures {
  /** Every finding ever stored. */
  raised: number;
  /** Not judged yet: still in an article, not dismissed. */
  open: number;
  fixed: number;
  /** Went away when someone edited the text at its place. */
  resolved: number;
  dismissed: number;
  /** Went away with nobody judging it: merged, deleted, page chrome, no longer found, check off. */
  stale: number;
  /** fixed + resolved + dismissed. */
  decided: number;
  /** (fixed + resolved) ÷ decided: how often reviewers found the flag right; null before any verdict. */
  precision: number | null;
  /** The 95% Wilson score interval of the precision. */
  interval: Interval | null;
}

export interface WeekFigures {
  /** The Monday (UTC) the week starts on, as YYYY-MM-DD. */
  week: string;
  fixed: number;
  resolved: number;
  dismissed: number;
  precision: number | null;
}

export interface DismissedExample {
  text: string;
  /** How many times findings covering exactly this text were dismissed. */
  count: number;
  reason: DismissalReason | null;
  contextBefore: string;
  contextAfter: string;
  /** The latest dismissed one still in an article, to link to; null when its article is gone. */
  article: { id: number; title: string } | null;
  segmentId: number | null;
}

export interface CheckReport extends VerdictFigures {
  id: string;
  category: MqmCategory;
  messageKey: string;
  /** The severity the check declares, and the one it runs with here. */
  defaultSeverity: Severity;
  severity: Severity;
  enabled: boolean;
  reasons: Record<DismissalReason, number>;
  mostDismissed: DismissedExample[];
  /** One entry per week, oldest first, the current week last. */
  trend: WeekFigures[];
}

export interface ChecksReport {
  checks: CheckReport[];
  totals: VerdictFigures & { reasons: Record<DismissalReason, number>; trend: WeekFigures[] };
}

export interface ChecksReportOptions {
  /** How many weeks the trend covers, the current one included. */
  weeks?: number;
  /** How many of the most dismissed texts to list per check. */
  examples?: number;
  now?: Date;
}

const DAY_MS = 86_400_000;

/** The Mondays (UTC) of the last `count` weeks, oldest first, as YYYY-MM-DD. */
export function weekStarts(now: Date, count: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monday = today - ((now.getUTCDay() + 6) % 7) * DAY_MS;
  return Array.from({ length: count }, (_, index) =>
    new Date(monday - (count - 1 - index) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}

function figures(counts: {
  raised: number;
  open: number;
  fixed: number;
  resolved: number;
  dismissed: number;
  stale: number;
}): VerdictFigures {
  const decided = counts.fixed + counts.resolved + counts.dismissed;
  const confirmed = counts.fixed + counts.resolved;
  return {
    ...counts,
    decided,
    precision: decided === 0 ? null : confirmed / decided,
    interval: wilsonInterval(confirmed, decided),
  };
}

function noReasons(): Record<DismissalReason, number> {
  return { correct: 0, name: 0, quotation: 0, other: 0 };
}

function weekFigures(week: string, fixed: number, resolved: number, dismissed: number): WeekFigures {
  const decided = fixed + resolved + dismissed;
  return { week, fixed, resolved, dismissed, precision: decided === 0 ? null : (fixed + resolved) / decided };
}

/**
 * Every registered check's verdict figures: what reviewers did with its findings, its
 * precision as they judged it, why they dismissed, its most dismissed texts and a weekly trend.
 * Six queries, whatever the number of findings.
 */
export async function getChecksReport(db: Db, options: ChecksReportOptions = {}): Promise<ChecksReport> {
  const weeks = weekStarts(options.now ?? new Date(), options.weeks ?? 12);
  const since = `${weeks[0]} 00:00:00`;
  const examplesPerCheck = options.examples ?? 5;
  const [choices, fates, raised, reasons, trend, examples] = await Promise.all([
    loadCheckChoices(db),
    db.findingVerdict.groupBy({ by: ["check", "fate"], _count: { _all: true } }),
    // A finding is counted once: by its row while it stands, by its verdict once it is gone.
    db.$queryRaw<{ check: string; raised: number; open: number }[]>`
      SELECT "check", count(*)::int AS raised, count(*) FILTER (WHERE open)::int AS open FROM (
        SELECT f."check", f.dismissal_id IS NULL AND NOT EXISTS (SELECT 1 FROM finding_verdicts v WHERE v.finding_id = f.id) AS open FROM findings f
        UNION ALL
        SELECT v."check", false FROM finding_verdicts v WHERE NOT EXISTS (SELECT 1 FROM findings f WHERE f.id = v.finding_id)
      ) AS every_finding
      GROUP BY "check"`,
    db.findingVerdict.groupBy({ by: ["check", "reason"], where: { fate: "dismissed" }, _count: { _all: true } }),
    db.$queryRaw<{ check: string; week: string; fate: FindingFate; count: number }[]>`
      SELECT "check", to_char(date_trunc('week', decided_at), 'YYYY-MM-DD') AS week, fate, count(*)::int AS count
      FROM finding_verdicts
      WHERE decided_at >= ${since}::timestamp AND fate <> 'stale'
      GROUP BY 1, 2, 3`,
    db.$queryRaw<
      (Omit<DismissedExample, "article"> & { check: string; articleId: number | null; title: string | null })[]
    >`
      WITH grouped AS (
        SELECT "check", text, count(*)::int AS count, max(id) AS latest, max(id) FILTER (WHERE segment_id IS NOT NULL) AS linked
        FROM finding_verdicts WHERE fate = 'dismissed'
        GROUP BY "check", text
      ), ranked AS (
        SELECT *, row_number() OVER (PARTITION BY "check" ORDER BY count DESC, latest DESC) AS rank FROM grouped
      )
      SELECT r."check", r.text, r.count, v.reason, coalesce(v.context_before, '') AS "contextBefore", coalesce(v.context_after, '') AS "contextAfter",
        v.article_id AS "articleId", v.segment_id AS "segmentId", a.title
      FROM ranked r
      JOIN finding_verdicts v ON v.id = coalesce(r.linked, r.latest)
      LEFT JOIN articles a ON a.id = v.article_id
      WHERE r.rank <= ${examplesPerCheck}
      ORDER BY r."check", r.rank`,
  ]);

  const zero = () => ({ raised: 0, open: 0, fixed: 0, resolved: 0, dismissed: 0, stale: 0 });
  const counts = new Map<string, ReturnType<typeof zero>>();
  const countsOf = (check: string) => counts.get(check) ?? counts.set(check, zero()).get(check) ?? zero();
  for (const row of fates) countsOf(row.check)[row.fate] += row._count._all;
  for (const row of raised) Object.assign(countsOf(row.check), { raised: row.raised, open: row.open });
  const reasonsOf = new Map<string, Record<DismissalReason, number>>();
  for (const row of reasons) {
    const tally = reasonsOf.get(row.check) ?? noReasons();
    tally[row.reason ?? "other"] += row._count._all;
    reasonsOf.set(row.check, tally);
  }
  const weekly = new Map<string, Map<string, Record<Exclude<FindingFate, "stale">, number>>>();
  for (const row of trend) {
    if (row.fate === "stale") continue;
    const byWeek = weekly.get(row.check) ?? weekly.set(row.check, new Map()).get(row.check);
    const tally = byWeek?.get(row.week) ?? { fixed: 0, resolved: 0, dismissed: 0 };
    tally[row.fate] += row.count;
    byWeek?.set(row.week, tally);
  }
  const trendOf = (check: string) =>
    weeks.map((week) => {
      const tally = weekly.get(check)?.get(week);
      return weekFigures(week, tally?.fixed ?? 0, tally?.resolved ?? 0, tally?.dismissed ?? 0);
    });

  const checks: CheckReport[] = effectiveChecks(choices).map(({ definition, enabled, severity }) => ({
    id: definition.id,
    category: definition.category,
    messageKey: definition.messageKey,
    defaultSeverity: definition.severity,
    severity,
    enabled,
    ...figures(counts.get(definition.id) ?? zero()),
    reasons: reasonsOf.get(definition.id) ?? noReasons(),
    mostDismissed: examples
      .filter((example) => example.check === definition.id)
      .map(({ check: _check, articleId, title, ...example }) => ({
        ...example,
        article: articleId !== null && title !== null ? { id: articleId, title } : null,
      })),
    trend: trendOf(definition.id),
  }));

  const sum = (pick: (check: CheckReport) => number) => checks.reduce((total, check) => total + pick(check), 0);
  const totalReasons = noReasons();
  for (const check of checks) for (const reason of DISMISSAL_REASONS) totalReasons[reason] += check.reasons[reason];
  return {
    checks,
    totals: {
      ...figures({
        raised: sum((c) => c.raised),
        open: sum((c) => c.open),
        fixed: sum((c) => c.fixed),
        resolved: sum((c) => c.resolved),
        dismissed: sum((c) => c.dismissed),
        stale: sum((c) => c.stale),
      }),
      reasons: totalReasons,
      trend: weeks.map((week, index) =>
        weekFigures(
          week,
          sum((c) => c.trend[index]?.fixed ?? 0),
          sum((c) => c.trend[index]?.resolved ?? 0),
          sum((c) => c.trend[index]?.dismissed ?? 0),
        ),
      ),
    },
  };
}
