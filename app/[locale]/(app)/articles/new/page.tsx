import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/session/require-user";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { Link } from "@/lib/i18n/navigation";
import { maxImportBytes } from "@/lib/import/max-import-bytes";
import { ImportForm } from "./import-form";

export default async function NewArticlePage({ params }: { params: Promise<{ locale: string }> }) {
  // Only admins import; anyone else is sent home, as from the other admin pages.
  await requirePermission(enterLocale((await params).locale), "article.import");
  const t = await getTranslations("Import");
  return (
    <div className="narrow-form">
      <nav className="breadcrumb">
        <Link href="/">← {t("back")}</Link>
      </nav>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <ImportForm maxFileBytes={maxImportBytes()} />
    </div>
  );
}
