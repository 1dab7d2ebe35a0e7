import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { getCurrentUser } from "@/lib/session/current-user";
import { mayEver } from "@/lib/auth/permissions";
import { LanguageSwitcher } from "./language-switcher";
import { UserMenu } from "./user-menu";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale,
    namespace: "Layout",
  });
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = enterLocale((await params).locale);
  const [t, user] = await Promise.all([getTranslations("Layout"), getCurrentUser()]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          <header className="topbar">
            <Link href="/" className="brand">
              <span className="brand-name">{t("appName")}</span>
              <span className="brand-tagline">{t("tagline")}</span>
            </Link>
            <div className="topbar-end">
              {user && <UserMenu name={user.name} role={user.role} isAdmin={mayEver(user, "users.manage")} />}
              <LanguageSwitcher />
            </div>
          </header>
          <main id="main" className="page">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
