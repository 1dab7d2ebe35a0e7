import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { notFound } from "next/navigation";
import { CHECKS } from "@/lib/checks/registry";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/session/require-user";
import { permitArticle } from "@/lib/db/articles/article-access";
import { getArticle } from "@/lib/db/articles/get-article";
import { openCommentCounts } from "@/lib/db/comments/list-comments";
import { MAX_FINDINGS_PER_ARTICLE } from "@/lib/checks/run";
import { listFindings } from "@/lib/db/findings/list-findings";
import { getArticleTitle } from "@/lib/db/articles/get-article-title";
import { listAssignments } from "@/lib/db/articles/assign-article";
import { getDb } from "@/lib/db/client";
import { languageName } from "@/lib/i18n/language-name";
import { Link } from "@/lib/i18n/navigation";
import { waitingRoleOf } from "@/lib/auth/waiting-for";
import { filtersFromQuery, type CheckCatalog, type FilterQuery } from "./review-state";
import { AssignmentsPanel } from "./assignments-panel";
import { DeleteArticle } from "./delete-article";
import { ExportForm } from "./export-form";
import { ReviewWorkspace } from "./review-workspace";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; id: string }>;
type Search = Promise<FilterQuery>;

const camelCase = (id: string) => id.replace(/-(\w)/gu, (_, letter: string) => letter.toUpperCase());

const CHECK_CATALOG: CheckCatalog = Object.fromEntries(
  CHECKS.map((check) => [
    check.id,
    { messageKey: check.messageKey, categoryKey: camelCase(check.category), severity: check.severity },
  ]),
);

function articleIdOf(id: string): number | null {
  const articleId = Number(id);
  return Number.isSafeInteger(articleId) && articleId > 0 ? articleId : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const articleId = articleIdOf((await params).id);
  const title = articleId ? await getArticleTitle(await getDb(), articleId) : null;
  return title ? { title } : {};
}

export default async function ArticlePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { locale: requested, id } = await params;
  const locale = enterLocale(requested);
  const user = await requireUser(locale);
  const articleId = articleIdOf(id);
  const db = await getDb();
  if (!articleId || !(await permitArticle(db, user, articleId, "article.read")).ok) notFound();
  const article = await getArticle(db, articleId);
  if (!article) notFound();
  const assignees = (await listAssignments(db, articleId)).filter((person) => person.assigned);
  const assigned = { assigned: assignees.some((person) => person.id === user.id) };
  const initialFilters = filtersFromQuery(await searchParams, Object.keys(CHECK_CATALOG));
  const [t, format, findings, openComments] = await Promise.all([
    getTranslations("Article"),
    getFormatter(),
    listFindings(db, article.id),
    openCommentCounts(db, article.id),
  ]);
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
        {can(user, "article.assign", assigned) && (
          <AssignmentsPanel articleId={article.id} names={assignees.map((person) => person.name)} />
        )}
        {can(user, "article.export", assigned) && <ExportForm articleId={article.id} />}
        {can(user, "article.delete", assigned) && (
          <DeleteArticle articleId={article.id} title={article.title} segments={article.segments.length} />
        )}
        {findings.length >= MAX_FINDINGS_PER_ARTICLE && (
          <p role="status" className="notice">
            {t("findingsCapped", { max: MAX_FINDINGS_PER_ARTICLE })}
          </p>
        )}
      </header>
      <ReviewWorkspace
        articleId={article.id}
        segments={article.segments}
        findings={findings}
        catalog={CHECK_CATALOG}
        language={article.targetLang}
        sourceLanguage={article.sourceLang}
        openComments={openComments}
        initialFilters={initialFilters}
        waitingRole={waitingRoleOf(user)}
        permissions={{ edit: can(user, "segment.edit", assigned), review: can(user, "segment.review", assigned) }}
      />
    </article>
  );
}
