import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { needsFirstAdmin } from "@/lib/db/users/create-first-admin";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { AccountForm } from "../account-form";

export const dynamic = "force-dynamic";

/** A server database's first visit: whoever installs Galley becomes its first admin. */
export default async function SetupPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = enterLocale((await params).locale);
  if (!(await needsFirstAdmin(await getDb()))) redirect(`/${locale}/sign-in`);
  const t = await getTranslations("Setup");
  return (
    <div className="auth-card">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <AccountForm mode={{ kind: "setup" }} />
    </div>
  );
}
