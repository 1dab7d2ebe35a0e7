import { getFormatter, getTranslations } from "next-intl/server";
import type { Severity } from "@/lib/checks/types";
import type { VerdictFigures, WeekFigures } from "@/lib/db/checks/get-checks-report";
import type { DismissalReason } from "@/lib/db/findings/dismissal-reason";
import { SegmentLink, type DismissedItem } from "./verdict-parts";

type ChecksT = Awaited<ReturnType<typeof getTranslations<"Checks">>>;

/** The words and number formats both Checks pages use, in the request's language. */
export async function checksText() {
  const [t, tChecks, format] = await Promise.all([
    getTranslations("ChecksPage"),
    getTranslations("Checks"),
    getFormatter(),
  ]);
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  const reasonNames: Record<DismissalReason, string> = {
    correct: t("reasons.correct"),
    name: t("reasons.name"),
    quotation: t("reasons.quotation"),
    other: t("reasons.other"),
  };
  const precision = (figures: Pick<VerdictFigures, "precision" | "interval">) =>
    figures.precision === null || figures.interval === null
      ? t("noPrecision")
      : t("precisionRange", {
          precision: percent(figures.precision),
          low: percent(figures.interval.low),
          high: percent(figures.interval.high),
        });
  const week = (start: string) =>
    format.dateTime(new Date(`${start}T00:00:00Z`), { month: "short", day: "numeric", timeZone: "UTC" });
  return {
    t,
    percent,
    precision,
    reasonNames,
    week,
    // Keys come from the check registry at run time; a registry test proves each exists.
    checkName: (messageKey: string) => tChecks(`${messageKey}.name` as Parameters<ChecksT>[0]),
    checkDescription: (messageKey: string) => tChecks(`${messageKey}.description` as Parameters<ChecksT>[0]),
    category: (category: string) =>
      tChecks(
        `categories.${category.replace(/-(\w)/gu, (_, letter: string) => letter.toUpperCase())}` as Parameters<ChecksT>[0],
      ),
    severity: (severity: Severity) => tChecks(`severities.${severity}`),
    chart: (id: string, title: string, weeks: WeekFigures[]) => ({
      id,
      title,
      weeks,
      summary: t("trendSummary", {
        weeks: weeks.length,
        confirmed: weeks.reduce((total, entry) => total + entry.fixed + entry.resolved, 0),
        dismissed: weeks.reduce((total, entry) => total + entry.dismissed, 0),
      }),
      labels: {
        confirmed: t("confirmed"),
        dismissed: t("dismissedLegend"),
        showTable: t("showTable"),
        week: t("week"),
        fixed: t("columns.fixed"),
        resolved: t("columns.resolved"),
        precision: t("columns.precision"),
      },
      formatWeek: week,
      formatPrecision: (value: number | null) => (value === null ? "—" : percent(value)),
    }),
    describeDismissed: (item: DismissedItem) => ({
      times: t("timesDismissed", { count: item.count }),
      reason: item.reason ? t("lastReason", { reason: reasonNames[item.reason] }) : null,
      where: <SegmentLink item={item} inArticle={(title) => t("inArticle", { title })} gone={t("articleGone")} />,
    }),
  };
}
