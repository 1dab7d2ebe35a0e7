"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { changeRoleAction, setUserActiveAction } from "./actions";
import { errorText, type ErrorKey } from "@/lib/i18n/error-text";

export function UserRowActions({
  userId,
  name,
  role,
  active,
  self,
}: {
  userId: number;
  name: string;
  role: Role;
  active: boolean;
  self: boolean;
}) {
  const t = useTranslations("People");
  const tRoles = useTranslations("Layout.roles");
  const tErrors = useTranslations("Errors");
  const [problem, setProblem] = useState<ErrorKey | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: boolean; code?: ErrorKey }>) =>
    startTransition(async () => {
      const result = await action();
      setProblem(result.ok ? null : (result.code ?? "unexpected"));
    });

  return (
    <div className="user-actions">
      <label>
        <span className="visually-hidden">{t("roleOf", { name })}</span>
        <select
          value={role}
          disabled={pending}
          onChange={(event) => run(() => changeRoleAction({ userId, role: event.target.value as Role }))}
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {tRoles(option)}
            </option>
          ))}
        </select>
      </label>
      {!self && (
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => setUserActiveAction({ userId, active: !active }))}
        >
          {active ? t("deactivate") : t("reactivate")}
        </button>
      )}
      {problem && (
        <span role="alert" className="problem inline">
          {errorText(tErrors, problem)}
        </span>
      )}
    </div>
  );
}
