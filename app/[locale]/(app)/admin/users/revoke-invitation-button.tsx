"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { errorText, type ErrorKey } from "@/lib/i18n/error-text";
import { revokeInvitationAction } from "./actions";

/** Withdraws one pending invitation; the list redraws without it. */
export function RevokeInvitationButton({ invitationId, name }: { invitationId: string; name: string }) {
  const t = useTranslations("People");
  const tErrors = useTranslations("Errors");
  const [problem, setProblem] = useState<ErrorKey | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        aria-label={t("revokeLabel", { name })}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await revokeInvitationAction({ invitationId });
            setProblem(result.ok ? null : result.code);
          })
        }
      >
        {t("revoke")}
      </button>
      {problem && (
        <span role="alert" className="problem inline">
          {errorText(tErrors, problem)}
        </span>
      )}
    </>
  );
}
