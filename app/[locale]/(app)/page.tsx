import { getFormatter, getTranslations } from "next-intl/server";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/session/require-user";
import { listArticles } from "@/lib/db/articles/list-articles";
import { getDb } from "@/lib/db/client";
import { languageName } from "@/lib/i18n/language-name";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export default async function HomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ deleted?: string }>;
}) {
  const { locale: requested } = await params;
  const { deleted } = await searchParams;
  const locale = enterLocale(requested);
  const user = await requireUser(locale);
  const [t, format, articles] = await Promise.all([
    getTranslations("Home"),
    getFormatter(),
    getDb().then((db) => listArticles(db, user)),
  ]);
  return (
    <>
      <div className="page-heading">
        <h1>{t("title")}</h1>
        {can(user, "article.import") && (
          <Link href="/articles/new" className="button primary">
            {t("newArticle")}
          </Link>
        )}
      </div>
      {typeof deleted === "string" && deleted !== "" && (
        <p role="status" className="notice">
          {t("deleted", { title: deleted.slice(0, 300) })}
        </p>
      )}
      {articles.length === 0 ? (
        <p className="empty-state">{t("empty", { role: user.role })}</p>
      ) : (
        <table className="article-list">
          <thead>
            <tr>
              <th scope="col">{t("columns.title")}</th>
              <th scope="col">{t("columns.origin")}</th>
              <th scope="col">{t("columns.languages")}</th>
              <th scope="col" className="numeric">
                {t("columns.segments")}
              </th>
              <th scope="col">{t("columns.progress")}</th>
              <th scope="col">{t("columns.imported")}</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <th scope="row">
                  <Link href={`/articles/${article.id}`}>{article.title}</Link>
                </th>
                <td className="origin">{article.origin}</td>
                <td>
                  {t("languagePair", {
                    source: languageName(article.sourceLang, locale) ?? t("unknownLanguage"),
                    target: languageName(article.targetLang, locale) ?? t("unknownLanguage"),
                  })}
                </td>
                <td className="numeric">{format.number(article.segmentCount)}</td>
                <td>
                  <progress
                    max={article.segmentCount || 1}
                    value={article.approvedCount}
                    aria-label={t("progress", { approved: article.approvedCount, total: article.segmentCount })}
                  />{" "}
                  <span className="muted">
                    {t("progress", { approved: article.approvedCount, total: article.segmentCount })}
                  </span>
                </td>
                <td>{format.dateTime(article.importedAt, { dateStyle: "medium" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
