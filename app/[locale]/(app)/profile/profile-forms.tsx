"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { routing } from "@/lib/i18n/routing";
import { changePasswordAction, updateProfileAction } from "./actions";
import { errorText, type ErrorKey } from "@/lib/i18n/error-text";

const ENDONYMS: Record<(typeof routing.locales)[number], string> = { en: "English", ca: "Català", es: "Español" };

type Notice =
  { kind: "saved"; revokedTokens?: number } | { kind: "problem"; code: ErrorKey; values?: Record<string, number> };

export function ProfileForms({ name: initialName, locale: initialLocale }: { name: string; locale: string | null }) {
  const t = useTranslations("Profile");
  const tErrors = useTranslations("Errors");
  const [name, setName] = useState(initialName);
  const [locale, setLocale] = useState(initialLocale ?? "");
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [profileNotice, setProfileNotice] = useState<Notice | null>(null);
  const [passwordNotice, setPasswordNotice] = useState<Notice | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  const show = (notice: Notice | null, saved: string) =>
    notice &&
    (notice.kind === "saved" ? (
      <p role="status" className="notice">
        {notice.revokedTokens === undefined ? saved : t("passwordChanged", { count: notice.revokedTokens })}
      </p>
    ) : (
      <p role="alert" className="problem">
        {errorText(tErrors, notice.code, notice.values)}
      </p>
    ));

  return (
    <>
      <form
        className="auth-form"
        aria-labelledby="profile-details-title"
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => {
            const result = await updateProfileAction({
              name,
              locale: (locale || null) as (typeof routing.locales)[number] | null,
            });
            setProfileNotice(result.ok ? { kind: "saved" } : { kind: "problem", code: result.code });
            if (result.ok && locale && !window.location.pathname.startsWith(`/${locale}/`))
              window.location.assign(`/${locale}/profile`);
          });
        }}
      >
        <h2 id="profile-details-title">{t("details")}</h2>
        <label className="field">
          <span>{t("name")}</span>
          <input required value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
        </label>
        <label className="field">
          <span>{t("language")}</span>
          <select value={locale} onChange={(event) => setLocale(event.target.value)}>
            <option value="">{t("browserLanguage")}</option>
            {routing.locales.map((option) => (
              <option key={option} value={option} lang={option}>
                {ENDONYMS[option]}
              </option>
            ))}
          </select>
        </label>
        {show(profileNotice, t("saved"))}
        <button type="submit" className="primary" disabled={pending}>
          {t("save")}
        </button>
      </form>
      <form
        className="auth-form"
        aria-labelledby="profile-password-title"
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => {
            const result = await changePasswordAction({ current, next });
            setPasswordNotice(
              result.ok
                ? { kind: "saved", revokedTokens: result.value.revokedTokens }
                : { kind: "problem", code: result.code, values: result.details as Record<string, number> },
            );
            if (result.ok) {
              setCurrent("");
              setNext("");
              // The token list below shows the revoked tokens as such.
              router.refresh();
            }
          });
        }}
      >
        <h2 id="profile-password-title">{t("password")}</h2>
        <label className="field">
          <span>{t("currentPassword")}</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("newPassword")}</span>
          <input
            type="password"
            autoComplete="new-password"
            required
            value={next}
            onChange={(event) => setNext(event.target.value)}
          />
        </label>
        <p className="muted small">{t("passwordHint")}</p>
        <p className="muted small">{t("passwordRevokesTokens")}</p>
        {show(passwordNotice, t("saved"))}
        <button type="submit" className="primary" disabled={pending}>
          {t("changePassword")}
        </button>
      </form>
    </>
  );
}
