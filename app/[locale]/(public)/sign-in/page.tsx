import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session/current-user";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { getDb } from "@/lib/db/client";
import { needsFirstAdmin } from "@/lib/db/users/create-first-admin";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";

/** This request's origin as the browser sees it; `safeNextPath` returns a bare path whatever it is. */
async function ownOrigin(): Promise<string> {
  const all = await headers();
  const host = all.get("x-forwarded-host")?.split(",")[0]?.trim() || all.get("host") || "localhost";
  const https = all.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  return `${https ? "https" : "http"}://${host}`;
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const locale = enterLocale((await params).locale);
  if (await getCurrentUser()) redirect(`/${locale}`);
  if (await needsFirstAdmin(await getDb())) redirect(`/${locale}/setup`);
  const t = await getTranslations("SignIn");
  const next = safeNextPath((await searchParams).next, await ownOrigin());
  return (
    <div className="auth-card">
      <h1>{t("title")}</h1>
      <SignInForm next={next} />
    </div>
  );
}
