"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { acceptInvitationAction, createFirstAdminAction } from "../actions";
import { errorText } from "@/lib/i18n/error-text";

type Mode = { kind: "setup" } | { kind: "invitation"; token: string; name: string; email: string };

interface Problem {
  code:
    | "passwordTooShort"
    | "passwordTooLong"
    | "setupDone"
    | "invitationInvalid"
    | "emailTaken"
    | "invalidInput"
    | "textMalformed"
    | "unexpected"
    | "passwordsDiffer";
  values?: Record<string, number>;
}

/** Name, email and a new password: for the first admin, or for someone accepting an invitation. */
export function AccountForm({ mode }: { mode: Mode }) {
  const t = useTranslations("Account");
  const tErrors = useTranslations("Errors");
  const [name, setName] = useState(mode.kind === "invitation" ? mode.name : "");
  const [email, setEmail] = useState(mode.kind === "invitation" ? mode.email : "");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="auth-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (password !== repeat) return setProblem({ code: "passwordsDiffer" });
        startTransition(async () => {
          try {
            const result =
              mode.kind === "setup"
                ? await createFirstAdminAction({ name, email, password })
                : await acceptInvitationAction({ token: mode.token, name, password });
            if (result.ok) window.location.assign("/");
            else setProblem({ code: result.code, values: result.details as Problem["values"] });
          } catch {
            setProblem({ code: "unexpected" });
          }
        });
      }}
    >
      <label className="field">
        <span>{t("name")}</span>
        <input
          required
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={120}
        />
      </label>
      <label className="field">
        <span>{t("email")}</span>
        <input
          type="email"
          required
          autoComplete="username"
          value={email}
          readOnly={mode.kind === "invitation"}
          onChange={(event) => setEmail(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t("password")}</span>
        <input
          type="password"
          required
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t("repeat")}</span>
        <input
          type="password"
          required
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
        />
      </label>
      <p className="muted small">{t("passwordRule")}</p>
      {problem && (
        <p role="alert" className="problem">
          {problem.code === "passwordsDiffer" ? t("passwordsDiffer") : errorText(tErrors, problem.code, problem.values)}
        </p>
      )}
      <button type="submit" className="primary" disabled={pending}>
        {mode.kind === "setup" ? t("createAdmin") : t("join")}
      </button>
    </form>
  );
}
