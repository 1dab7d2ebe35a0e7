import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findCheck } from "@/lib/checks/registry";
import { requirePermission } from "@/lib/session/require-user";
import { SEVERITIES, isLowerSeverity } from "@/lib/db/checks/check-settings";
import { getChecksReport } from "@/lib/db/checks/get-checks-report";
import { getDb } from "@/lib/db/client";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { Link } from "@/lib/i18n/navigation";
import { CheckSettingForm } from "../check-setting-form";
import { checksText } from "../checks-text";
import styles from "../checks.module.css";
import { TrendChart } from "../trend-chart";
import { DismissedList, PrecisionBar, ReasonList } from "../verdict-parts";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; check: string }>;

const FIGURES = ["raised", "open", "fixed", "resolved", "dismissed", "stale"] as const;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const definition = findCheck((await params).check);
  if (!definition) return {};
  const text = await checksText();
  return { title: text.checkName(definition.messageKey) };
}

export default async function CheckPage({ params }: { params: Params }) {
  const { locale: requested, check: id } = await params;
  const locale = enterLocale(requested);
  await requirePermission(locale, "users.manage");
  if (!findCheck(id)) notFound();
  const [text, report] = await Promise.all([checksText(), getDb().then((db) => getChecksReport(db))]);
  const check = report.checks.find((candidate) => candidate.id === id);
  if (!check) notFound();
  const { t } = text;
  const name = text.checkName(check.messageKey);
  const severities = [
    check.defaultSeverity,
    ...[...SEVERITIES].reverse().filter((severity) => isLowerSeverity(severity, check.defaultSeverity)),
  ];

  return (
    <div className={styles.page}>
      <nav className="breadcrumb">
        <Link href="/admin/checks">← {t("backToChecks")}</Link>
      </nav>
      <h1>
        {name} <span className={styles.checkId}>{check.id}</span>
      </h1>
      <p className={styles.lead}>{text.checkDescription(check.messageKey)}</p>
      <p className="muted">
        {t("category")}: {text.category(check.category)} · {t("ownSeverity")}: {text.severity(check.defaultSeverity)}
      </p>

      <CheckSettingForm
        check={check.id}
        enabled={check.enabled}
        severity={check.severity}
        options={severities.map((severity, index) => ({
          value: severity,
          label: index === 0 ? t("severityOwn", { severity: text.severity(severity) }) : text.severity(severity),
        }))}
      />

      <dl className={styles.summary}>
        {FIGURES.map((figure) => (
          <div key={figure}>
            <dt>{t(`columns.${figure}`)}</dt>
            <dd>{check[figure]}</dd>
          </div>
        ))}
        <div className={styles.precisionSummary}>
          <dt>{t("columns.precision")}</dt>
          <dd>
            {text.precision(check)}
            <PrecisionBar figures={check} />
          </dd>
        </div>
      </dl>
      <p className="muted small">{t("precisionExplained")}</p>

      {check.decided === 0 ? (
        <p className="empty-state">{t("checkNoVerdicts")}</p>
      ) : (
        <div className={styles.panels}>
          <section className={styles.panel}>
            <TrendChart {...text.chart(`trend-${check.id}`, t("trendTitle"), check.trend)} />
          </section>
          <section className={styles.panel} aria-labelledby="reasons-title">
            <h2 id="reasons-title">{t("reasonsTitle")}</h2>
            <ReasonList reasons={check.reasons} names={text.reasonNames} empty={t("noDismissals")} />
          </section>
          <section className={`${styles.panel} ${styles.wide}`} aria-labelledby="dismissed-title">
            <h2 id="dismissed-title">{t("mostDismissedTitle")}</h2>
            {check.mostDismissed.length === 0 ? (
              <p className="muted">{t("noDismissals")}</p>
            ) : (
              <DismissedList items={check.mostDismissed} describe={text.describeDismissed} />
            )}
          </section>
        </div>
      )}
    </div>
  );
}
