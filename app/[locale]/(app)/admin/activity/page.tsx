import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/session/require-user";
import { listActivityFilters } from "@/lib/db/audit/list-activity-filters";
import { listActivity } from "@/lib/db/audit/list-activity";
import { getDb } from "@/lib/db/client";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { Link } from "@/lib/i18n/navigation";
import { findCheck } from "@/lib/checks/registry";
import { EXPORT_FORMAT_NAMES, type ExportFormatName } from "@/lib/export/export-formats";

export const dynamic = "force-dynamic";

// Message keys can't hold dots, so "article.export" is found under "article_export".
const ACTIONS = [
  "edit",
  "approve",
  "reject",
  "fix",
  "split",
  "merge",
  "set_kind",
  "restore",
  "finding_dismiss",
  "article_import",
  "article_export",
  "article_assign",
  "article_delete",
  "user_invite",
  "user_uninvite",
  "user_join",
  "user_role",
  "user_deactivate",
  "user_reactivate",
  "check_disable",
  "check_enable",
  "check_severity_plain",
] as const;

const SEVERITIES = ["minor", "major", "critical"] as const;
const isSeverity = (value: string): value is (typeof SEVERITIES)[number] =>
  (SEVERITIES as readonly string[]).includes(value);

function actionKey(action: string): (typeof ACTIONS)[number] | null {
  // A severity change without its values (never written so) still gets a label.
  const key = action === "check.severity" ? "check_severity_plain" : action.replace(".", "_");
  return (ACTIONS as readonly string[]).includes(key) ? (key as (typeof ACTIONS)[number]) : null;
}

const isFormat = (value: string): value is ExportFormatName =>
  (EXPORT_FORMAT_NAMES as readonly string[]).includes(value);

function numberParam(value: string | undefined): number | undefined {
  const parsed = Number(value);
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : undefined;
}

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ person?: string; article?: string }>;
}) {
  const locale = enterLocale((await params).locale);
  await requirePermission(locale, "users.manage");
  const query = await searchParams;
  const filter = { actorId: numberParam(query.person), articleId: numberParam(query.article) };
  const db = await getDb();
  const [t, tChecks, tSegment, tExport, format, entries, { people, articles }] = await Promise.all([
    getTranslations("Activity"),
    getTranslations("Checks"),
    getTranslations("Segment"),
    getTranslations("Export"),
    getFormatter(),
    listActivity(db, filter),
    listActivityFilters(db),
  ]);
  // Keys come from the check registry; a registry test proves each exists. A check no longer registered keeps its id.
  const checkName = (id: string) => {
    const check = findCheck(id);
    return check ? tChecks(`${check.messageKey}.name` as Parameters<typeof tChecks>[0]) : id;
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <form className="toolbar-row filters activity-filters" method="get">
        <label className="select-filter">
          <span>{t("person")}</span>
          <select name="person" defaultValue={filter.actorId ?? ""}>
            <option value="">{t("everyone")}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label className="select-filter">
          <span>{t("article")}</span>
          <select name="article" defaultValue={filter.articleId ?? ""}>
            <option value="">{t("allArticles")}</option>
            {articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.origin && article.importedAt
                  ? t("articleTwin", {
                      title: article.title,
                      origin: article.origin,
                      date: format.dateTime(article.importedAt, { dateStyle: "medium", timeStyle: "short" }),
                    })
                  : article.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t("filter")}</button>
      </form>
      {entries.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <table className="article-list activity">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("what")}</th>
              <th scope="col">{t("where")}</th>
              <th scope="col">{t("note")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.key}>
                <td>
                  <time dateTime={entry.at.toISOString()}>
                    {format.dateTime(entry.at, { dateStyle: "short", timeStyle: "short" })}
                  </time>
                </td>
                <td>{entry.actor?.name ?? t("nobody")}</td>
                <td>
                  {entry.change && isSeverity(entry.change.from) && isSeverity(entry.change.to)
                    ? t("actions.check_severity", {
                        from: tChecks(`severities.${entry.change.from}`),
                        to: tChecks(`severities.${entry.change.to}`),
                      })
                    : actionKey(entry.action)
                      ? t(`actions.${actionKey(entry.action) ?? "edit"}`)
                      : entry.action}
                  {entry.overridden && <span className="severity severity-critical"> {t("override")}</span>}
                  {entry.authorsLinked && <span className="muted"> · {t("authorsLinked")}</span>}
                  {entry.targetUser && <> · {entry.targetUser.name}</>}
                  {entry.invitee && (
                    <>
                      {" "}
                      · {entry.invitee.name ? `${entry.invitee.name} <${entry.invitee.email}>` : entry.invitee.email}
                    </>
                  )}
                </td>
                <td>
                  {entry.article ? <Link href={`/articles/${entry.article.id}`}>{entry.article.title}</Link> : "—"}
                  {entry.article && entry.segmentNumber !== null && entry.segmentId !== null && (
                    <>
                      {" · "}
                      <Link href={`/articles/${entry.article.id}#segment-${entry.segmentId}`}>
                        {tSegment("label", { number: entry.segmentNumber })}
                      </Link>
                    </>
                  )}
                </td>
                <td className="note">
                  {[
                    entry.check === undefined ? null : checkName(entry.check),
                    entry.format === undefined
                      ? null
                      : isFormat(entry.format)
                        ? tExport(`formats.${entry.format}`)
                        : entry.format,
                    entry.note,
                  ]
                    .filter((part) => part !== null && part !== "")
                    .join(" · ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
