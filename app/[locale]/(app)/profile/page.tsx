import { getTranslations } from "next-intl/server";
import { MAX_LIVE_TOKENS, MAX_TOKEN_NAME_LENGTH } from "@/lib/db/tokens/api-token-row";
import { listApiTokens } from "@/lib/db/tokens/list-api-tokens";
import { requireUser } from "@/lib/session/require-user";
import { getDb } from "@/lib/db/client";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { ApiTokens } from "./api-tokens";
import { ProfileForms } from "./profile-forms";

export const dynamic = "force-dynamic";

export default async function ProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = enterLocale((await params).locale);
  const user = await requireUser(locale);
  const t = await getTranslations("Profile");
  const tokens = await listApiTokens(await getDb(), user.id);
  return (
    <div className="narrow-form">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro", { email: user.email })}</p>
      <ProfileForms name={user.name} locale={user.locale} />
      <ApiTokens tokens={tokens} maxNameLength={MAX_TOKEN_NAME_LENGTH} maxTokens={MAX_LIVE_TOKENS} />
    </div>
  );
}
