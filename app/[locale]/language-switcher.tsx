"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

// Each language is named in itself, so the list reads the same in every UI language.
const ENDONYMS: Record<(typeof routing.locales)[number], string> = { en: "English", ca: "Català", es: "Español" };

export function LanguageSwitcher() {
  const t = useTranslations("Layout");
  const locale = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("language")} className="language-switcher">
      <ul>
        {routing.locales.map((option) => (
          <li key={option}>
            <Link
              href={pathname}
              locale={option}
              lang={option}
              hrefLang={option}
              aria-current={option === locale ? "true" : undefined}
            >
              {ENDONYMS[option]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
