"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { signInAction } from "../../actions";

type Problem = "signInFailed" | "tooManyAttempts" | "invalidInput" | "unexpected";

export function SignInForm({ next }: { next: string | null }) {
  const t = useTranslations("SignIn");
  const tErrors = useTranslations("Errors");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="auth-form"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          try {
            const result = await signInAction({ email, password });
            if (!result.ok) return setProblem(result.code);
            // A full navigation, so that every server component sees the new session.
            const locale = result.value.locale;
            const target = next ?? "/";
            window.location.assign(locale && !target.startsWith(`/${locale}`) && target === "/" ? `/${locale}` : target);
          } catch {
            setProblem("unexpected");
          }
        });
      }}
    >
      <label className="field">
        <span>{t("email")}</span>
        <input type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} autoFocus />
      </label>
      <label className="field">
        <span>{t("password")}</span>
        <input type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
      </label>
      {problem && (
        <p role="alert" className="problem">
          {tErrors(problem)}
        </p>
      )}
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
