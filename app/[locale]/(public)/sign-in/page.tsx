import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { needsFirstAdmin } from "@/lib/db/users/create-first-admin";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> }) {
  const locale = enterLocale((await params).locale);
  if (await getCurrentUser()) redirect(`/${locale}`);
  if (await needsFirstAdmin(await getDb())) redirect(`/${locale}/setup`);
  const t = await getTranslations("SignIn");
  const next = (await searchParams).next;
  return (
    <div className="auth-card">
      <h1>{t("title")}</h1>
      <SignInForm next={next?.startsWith("/") && !next.startsWith("//") ? next : null} />
    </div>
  );
}
