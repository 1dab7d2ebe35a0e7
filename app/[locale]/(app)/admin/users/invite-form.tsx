"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { inviteUserAction } from "./actions";
import { errorText, type ErrorKey } from "@/lib/i18n/error-text";
import { CopyLinkButton } from "./copy-link-button";

export function InviteForm() {
  const t = useTranslations("People");
  const tRoles = useTranslations("Layout.roles");
  const tErrors = useTranslations("Errors");
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("translator");
  const [link, setLink] = useState<string | null>(null);
  const [problem, setProblem] = useState<ErrorKey | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="invite-form"
      aria-label={t("invite")}
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await inviteUserAction({ email, name, role });
          if (result.ok) {
            setLink(`${window.location.origin}/${document.documentElement.lang}${result.value.path}`);
            setProblem(null);
            setEmail("");
            setName("");
          } else {
            setProblem(result.code);
            setLink(null);
          }
        });
      }}
    >
      <h2>{t("invite")}</h2>
      <div className="field-row">
        <label className="field grow">
          <span>{t("name")}</span>
          <input required value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
        </label>
        <label className="field grow">
          <span>{t("email")}</span>
          <input type="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label className="field">
          <span>{t("role")}</span>
          <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {tRoles(option)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {t("sendInvite")}
      </button>
      {problem && (
        <p role="alert" className="problem">
          {errorText(tErrors, problem)}
        </p>
      )}
      {link && (
        <p role="status" className="notice">
          {t("inviteLink")}{" "}
          <code className="invite-link" id="invite-link">
            {link}
          </code>
        </p>
      )}
      {link && (
        <p className="copy-link">
          <CopyLinkButton key={link} link={link} textId="invite-link" />
        </p>
      )}
    </form>
  );
}
