import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/session/require-user";
import { getChecksReport } from "@/lib/db/checks/get-checks-report";
import { getDb } from "@/lib/db/client";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { Link } from "@/lib/i18n/navigation";
import { checksText } from "./checks-text";
import styles from "./checks.module.css";
import { TrendChart } from "./trend-chart";
import { DismissedList, PrecisionBar, ReasonList } from "./verdict-parts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ChecksPage"))("title") };
}

const FIGURES = ["raised", "open", "fixed", "resolved", "dismissed", "stale"] as const;
const MOST_DISMISSED = 8;

export default async function ChecksPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = enterLocale((await params).locale);
  await requirePermission(locale, "users.manage");
  const [text, report] = await Promise.all([checksText(), getDb().then((db) => getChecksReport(db))]);
  const { t } = text;
  const { totals } = report;
  const mostDismissed = report.checks
    .flatMap((check) =>
      check.mostDismissed.map((example) => ({ ...example, checkName: text.checkName(check.messageKey) })),
    )
    .sort((left, right) => right.count - left.count)
    .slice(0, MOST_DISMISSED);

  return (
    <div className={styles.page}>
      <h1>{t("title")}</h1>
      <p className={styles.lead}>{t("lead")}</p>
      <dl className={styles.summary}>
        <div>
          <dt>{t("summary.raised")}</dt>
          <dd>{totals.raised}</dd>
        </div>
        <div>
          <dt>{t("summary.open")}</dt>
          <dd>{totals.open}</dd>
        </div>
        <div>
          <dt>{t("summary.decided")}</dt>
          <dd>{totals.decided}</dd>
        </div>
        <div>
          <dt>{t("summary.precision")}</dt>
          <dd>{text.precision(totals)}</dd>
        </div>
      </dl>
      {totals.decided === 0 && <p className="empty-state">{t("noVerdicts")}</p>}

      <div className={styles.tableWrap}>
        <table className={styles.checksTable}>
          <caption className="visually-hidden">{t("tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.check")}</th>
              <th scope="col">{t("columns.precision")}</th>
              <th scope="col">{t("columns.severity")}</th>
              {FIGURES.map((figure) => (
                <th key={figure} scope="col" className="numeric">
                  {t(`columns.${figure}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.checks.map((check) => (
              <tr key={check.id} data-enabled={check.enabled}>
                <th scope="row">
                  <Link href={`/admin/checks/${check.id}`}>{text.checkName(check.messageKey)}</Link>
                  <span className={styles.checkId}>{check.id}</span>
                </th>
                <td className={styles.precisionCell}>
                  <PrecisionBar figures={check} />
                  <span>{text.precision(check)}</span>
                </td>
                <td>
                  {check.enabled ? (
                    <>
                      <span className={`severity severity-${check.severity}`}>{text.severity(check.severity)}</span>
                      {check.severity !== check.defaultSeverity && (
                        <span className={styles.lowered}>
                          {t("lowered", { own: text.severity(check.defaultSeverity) })}
                        </span>
                      )}
                    </>
                  ) : (
                    <span className={styles.off}>{t("off")}</span>
                  )}
                </td>
                {FIGURES.map((figure) => (
                  <td key={figure} className="numeric">
                    {check[figure]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("allChecks")}</th>
              <td className={styles.precisionCell}>
                <PrecisionBar figures={totals} />
                <span>{text.precision(totals)}</span>
              </td>
              <td />
              {FIGURES.map((figure) => (
                <td key={figure} className="numeric">
                  {totals[figure]}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted small">{t("precisionExplained")}</p>
      <p className="muted small">{t("staleExplained")}</p>

      {totals.decided > 0 && (
        <div className={styles.panels}>
          <section className={styles.panel}>
            <TrendChart {...text.chart("trend-all", t("trendTitle"), totals.trend)} />
          </section>
          <section className={styles.panel} aria-labelledby="reasons-title">
            <h2 id="reasons-title">{t("reasonsTitle")}</h2>
            <ReasonList reasons={totals.reasons} names={text.reasonNames} empty={t("noDismissals")} />
          </section>
          <section className={`${styles.panel} ${styles.wide}`} aria-labelledby="dismissed-title">
            <h2 id="dismissed-title">{t("mostDismissedTitle")}</h2>
            {mostDismissed.length === 0 ? (
              <p className="muted">{t("noDismissals")}</p>
            ) : (
              <DismissedList items={mostDismissed} describe={text.describeDismissed} />
            )}
          </section>
        </div>
      )}
    </div>
  );
}
