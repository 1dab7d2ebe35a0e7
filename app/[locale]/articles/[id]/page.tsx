import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { notFound } from "next/navigation";
import { CHECKS } from "@/lib/checks/registry";
import { getArticle } from "@/lib/db/articles/get-article";
import { listFindings } from "@/lib/db/findings/list-findings";
import { getDb } from "@/lib/db/client";
import { languageName } from "@/lib/i18n/language-name";
import { Link } from "@/lib/i18n/navigation";
import type { CheckCatalog } from "./review-state";
import { ReviewWorkspace } from "./review-workspace";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; id: string }>;

const camelCase = (id: string) => id.replace(/-(\w)/gu, (_, letter: string) => letter.toUpperCase());

const CHECK_CATALOG: CheckCatalog = Object.fromEntries(
  CHECKS.map((check) => [check.id, { messageKey: check.messageKey, categoryKey: camelCase(check.category), severity: check.severity }]),
);

async function loadArticle(id: string) {
  const articleId = Number(id);
  if (!Number.isSafeInteger(articleId) || articleId <= 0) return null;
  return getArticle(await getDb(), articleId);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return article ? { title: article.title } : {};
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { locale: requested, id } = await params;
  const locale = enterLocale(requested);
  const article = await loadArticle(id);
  if (!article) notFound();
  const [t, format, findings] = await Promise.all([getTranslations("Article"), getFormatter(), getDb().then((db) => listFindings(db, article.id))]);
  const unknown = "?";
  return (
    <article className="article">
      <nav className="breadcrumb">
        <Link href="/">← {t("back")}</Link>
      </nav>
      <header className="article-header">
        <h1>{article.title}</h1>
        <p className="muted">
          {t("meta", {
            source: languageName(article.sourceLang, locale) ?? unknown,
            target: languageName(article.targetLang, locale) ?? unknown,
            origin: article.origin,
            date: format.dateTime(article.importedAt, { dateStyle: "medium", timeStyle: "short" }),
          })}
        </p>
        <div className="export" role="group" aria-label={t("export")}>
          <span className="export-label">{t("export")}</span>
          <a className="button" href={`/api/articles/${article.id}/export?format=md`} download>
            {t("exportMarkdown")}
          </a>
          <a className="button" href={`/api/articles/${article.id}/export?format=txt`} download>
            {t("exportText")}
          </a>
          <span className="muted small">{t("exportHint")}</span>
        </div>
      </header>
      <ReviewWorkspace
        articleId={article.id}
        segments={article.segments}
        findings={findings}
        catalog={CHECK_CATALOG}
        language={article.targetLang}
      />
    </article>
  );
}
