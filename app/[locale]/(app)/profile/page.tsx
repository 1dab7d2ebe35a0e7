import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { ProfileForms } from "./profile-forms";

export const dynamic = "force-dynamic";

export default async function ProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = enterLocale((await params).locale);
  const user = await requireUser(locale);
  const t = await getTranslations("Profile");
  return (
    <div className="narrow-form">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro", { email: user.email })}</p>
      <ProfileForms name={user.name} locale={user.locale} />
    </div>
  );
}
