import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/session/require-user";
import { waitingRoleOf } from "@/lib/auth/waiting-for";
import { listQueue } from "@/lib/db/articles/list-queue";
import { getDb } from "@/lib/db/client";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

/** The segments of the user's assigned articles that still wait for them. */
export default async function QueuePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = enterLocale((await params).locale);
  const user = await requireUser(locale);
  const [t, queue] = await Promise.all([getTranslations("Queue"), getDb().then((db) => listQueue(db, user))]);
  // A translator's open comments are among the segments that wait; a reviewer's are shown beside them.
  const waiting = queue.filter((entry) => entry.waiting > 0);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro", { role: waitingRoleOf(user) })}</p>
      {waiting.length === 0 ? (
        <p className="empty-state">{queue.length === 0 ? t("noArticles") : t("done")}</p>
      ) : (
        <ul className="queue">
          {waiting.map((entry) => (
            <li key={entry.articleId}>
              <Link href={`/articles/${entry.articleId}?status=waiting`}>{entry.title}</Link>
              <span>{t("waiting", { count: entry.waiting })}</span>
              {entry.openComments > 0 && (
                <span className="comment-count">{t("comments", { count: entry.openComments })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
