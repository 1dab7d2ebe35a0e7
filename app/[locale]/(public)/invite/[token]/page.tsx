import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { findInvitation } from "@/lib/db/users/accept-invitation";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { Link } from "@/lib/i18n/navigation";
import { AccountForm } from "../../account-form";

export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  enterLocale(locale);
  const [t, tErrors, invitation] = await Promise.all([
    getTranslations("Invite"),
    getTranslations("Errors"),
    getDb().then((db) => findInvitation(db, token)),
  ]);
  return (
    <div className="auth-card">
      <h1>{t("title")}</h1>
      {invitation ? (
        <>
          <p className="muted">{t("intro", { email: invitation.email })}</p>
          <AccountForm mode={{ kind: "invitation", token, name: invitation.name, email: invitation.email }} />
        </>
      ) : (
        <>
          <p role="alert" className="problem">
            {tErrors("invitationInvalid")}
          </p>
          <Link href="/sign-in">{t("signIn")}</Link>
        </>
      )}
    </div>
  );
}
