import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: "Layout" });
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = enterLocale((await params).locale);
  const t = await getTranslations("Layout");
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
            <LanguageSwitcher />
          </header>
          <main id="main" className="page">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
