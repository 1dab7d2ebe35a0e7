import { createTranslator } from "next-intl";
import { DISMISSAL_REASONS } from "../../lib/db/findings/dismissal-reason";
import {
  getChecksReport,
  type CheckReport,
  type ChecksReport,
  type VerdictFigures,
} from "../../lib/db/checks/get-checks-report";
import type { Interval } from "../../lib/db/checks/wilson-interval";
import messages from "../../messages/en.json";
import { defineCommand, type Command } from "../command";
import { InputError } from "../input-error";

const USAGE = `Usage: galley checks-report [--json] [--weeks N]

Prints how reviewers judged each check's findings, over every article: raised, still
open, fixed, resolved otherwise (the text at its place was edited), dismissed and stale
(went away unjudged), and precision = (fixed + resolved) / decided with its 95% Wilson
interval. Then why findings were dismissed, and the texts dismissed most often.

Options:
  --json        print one JSON object instead, with a weekly trend per check
  --weeks N     how many weeks the JSON trend covers, the current one included (default: 12)
  -h, --help    show this help

Uses the app's database (DATABASE_URL, or the embedded one in .data/pglite), which
must not be in use by a running Galley when it is the embedded one.
`;

const OPTIONS = {
  json: { type: "boolean", default: false },
  weeks: { type: "string", default: "12" },
} as const;

const translate = createTranslator({ locale: "en", messages, namespace: "Checks" });

/** A check's English name; the registry test keeps every check's key present. */
function checkName(messageKey: string): string {
  return translate(`${messageKey}.name` as Parameters<typeof translate>[0]);
}

const REASON_NAMES = { correct: "correct as is", name: "a name", quotation: "a quotation", other: "other" } as const;

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function precisionText(figures: VerdictFigures): string {
  return figures.precision === null ? "—" : percent(figures.precision);
}

function intervalText(interval: Interval | null): string {
  return interval === null ? "" : `${Math.round(interval.low * 100)}–${percent(interval.high)}`;
}

function severityText(check: CheckReport): string {
  if (!check.enabled) return "off";
  return check.severity === check.defaultSeverity
    ? check.severity
    : `${check.severity} (own: ${check.defaultSeverity})`;
}

const COLUMNS = [
  "check",
  "severity",
  "raised",
  "open",
  "fixed",
  "resolved",
  "dismissed",
  "stale",
  "precision",
  "95% interval",
] as const;

function table(report: ChecksReport): string {
  const row = (name: string, severity: string, figures: VerdictFigures) => [
    name,
    severity,
    ...[figures.raised, figures.open, figures.fixed, figures.resolved, figures.dismissed, figures.stale].map(String),
    precisionText(figures),
    intervalText(figures.interval),
  ];
  const rows = [
    [...COLUMNS],
    ...report.checks.map((check) => row(check.id, severityText(check), check)),
    row("all checks", "", report.totals),
  ];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((cells) => cells[column]?.length ?? 0)));
  // Names and severities read left to right; numbers line up on the right.
  return rows
    .map((cells) =>
      cells
        .map((cell, column) =>
          column < 2 || column === COLUMNS.length - 1
            ? cell.padEnd(widths[column] ?? 0)
            : cell.padStart(widths[column] ?? 0),
        )
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function text(report: ChecksReport): string {
  const lines = ["How reviewers judged each check's findings, over every article.", "", table(report), ""];
  lines.push("Precision = (fixed + resolved) / (fixed + resolved + dismissed), with its 95% Wilson interval.", "");
  const dismissed = report.checks.filter((check) => check.dismissed > 0);
  if (dismissed.length === 0) {
    lines.push("No finding has been dismissed yet.");
    return `${lines.join("\n")}\n`;
  }
  lines.push("Why findings were dismissed:");
  for (const check of dismissed) {
    const reasons = DISMISSAL_REASONS.filter((reason) => check.reasons[reason] > 0).map(
      (reason) => `${REASON_NAMES[reason]} ${check.reasons[reason]}`,
    );
    lines.push(`  ${check.id} (${checkName(check.messageKey)}): ${reasons.join(", ")}`);
  }
  lines.push("", "Dismissed most often:");
  for (const check of dismissed) {
    for (const example of check.mostDismissed) {
      const where =
        example.article && example.segmentId !== null
          ? `article ${example.article.id}, segment ${example.segmentId}`
          : "article deleted";
      lines.push(
        `  ${check.id}  “${example.text}” ×${example.count}  (last: ${example.reason ? REASON_NAMES[example.reason] : "imported"}; ${where})`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The JSON other tools read: ids and counts, the English name, and the trend. */
function json(report: ChecksReport): string {
  const checks = report.checks.map(({ id, messageKey, mostDismissed, ...check }) => ({
    id,
    name: checkName(messageKey),
    ...check,
    mostDismissed: mostDismissed.map(({ article, ...example }) => ({ ...example, articleId: article?.id ?? null })),
  }));
  return `${JSON.stringify({ checks, totals: report.totals }, null, 2)}\n`;
}

export const checksReportCommand: Command = defineCommand({
  name: "checks-report",
  summary: "how reviewers judged each check: fixed, dismissed, precision",
  usage: USAGE,
  options: OPTIONS,
  positional: null,
  async run(_none, values, io, context) {
    const weeks = /^\d{1,3}$/u.test(values.weeks) ? Number(values.weeks) : Number.NaN;
    if (!(weeks >= 1 && weeks <= 520))
      throw new InputError(`--weeks: "${values.weeks}" is not a number of weeks from 1 to 520`);
    const database = await context.openDatabase();
    try {
      const report = await getChecksReport(database.db, { weeks });
      io.stdout(values.json ? json(report) : text(report));
    } finally {
      await database.close();
    }
  },
});
