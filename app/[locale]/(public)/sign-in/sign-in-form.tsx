"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { signInAction } from "../../actions";
import { errorText } from "@/lib/i18n/error-text";

type Problem = {
  code: "signInFailed" | "tooManyAttempts" | "invalidInput" | "textMalformed" | "unexpected";
  values?: Record<string, number>;
};

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
        // A new answer replaces the old one, so that it is announced again even when it reads the same.
        setProblem(null);
        startTransition(async () => {
          try {
            const result = await signInAction({ email, password });
            if (!result.ok) return setProblem({ code: result.code, values: result.details as Problem["values"] });
            // A full navigation, so that every server component sees the new session.
            const locale = result.value.locale;
            const target = safeNextPath(next, window.location.origin) ?? "/";
            window.location.assign(
              locale && !target.startsWith(`/${locale}`) && target === "/" ? `/${locale}` : target,
            );
          } catch {
            setProblem({ code: "unexpected" });
          }
        });
      }}
    >
      <label className="field">
        <span>{t("email")}</span>
        <input
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoFocus
        />
      </label>
      <label className="field">
        <span>{t("password")}</span>
        <input
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      {problem && (
        <p role="alert" className="problem">
          {errorText(tErrors, problem.code, problem.values)}
        </p>
      )}
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
