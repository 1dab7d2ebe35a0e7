import { getTranslations } from "next-intl/server";
import { EXPORT_FORMAT_NAMES } from "@/lib/export/export-formats";

/**
 * Downloads the article in a format and scope; a plain GET form, so it works before the
 * page's scripts load and from the keyboard alone.
 */
export async function ExportForm({ articleId }: { articleId: number }) {
  const t = await getTranslations("Export");
  return (
    <form className="export" method="get" action={`/api/articles/${articleId}/export`} aria-label={t("label")}>
      <span className="export-label">{t("label")}</span>
      <label>
        <span className="visually-hidden">{t("format")}</span>
        <select name="format" defaultValue="md">
          {EXPORT_FORMAT_NAMES.map((format) => (
            <option key={format} value={format}>
              {t(`formats.${format}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t("scope")}</span>
        <select name="scope" defaultValue="all">
          <option value="all">{t("scopeAll")}</option>
          <option value="approved">{t("scopeApproved")}</option>
        </select>
      </label>
      <button type="submit">{t("download")}</button>
      <span className="muted small">{t("hint")}</span>
    </form>
  );
}
